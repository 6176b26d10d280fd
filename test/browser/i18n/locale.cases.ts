import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import {
  chartOf, clearAllButton, detailOf, filterBarOf, filterCheckbox, renderWithData, settle, svgOf, zoomButton, type AttackTimeline, type FixtureDataset,
} from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const filterBarText = (element: AttackTimeline) => text(filterBarOf(element).shadowRoot);
const detailText = (element: AttackTimeline) => text(detailOf(element).shadowRoot);
const toolbarText = (element: AttackTimeline) => text(chartOf(element)!.shadowRoot!.querySelector('.toolbar'));
const legendOf = (element: AttackTimeline) => element.shadowRoot!.querySelector('at-legend')!.shadowRoot!;

async function selectActor(element: AttackTimeline, id: string): Promise<void> {
  const box = filterCheckbox(element, 'actors', id);
  box.checked = true;
  box.dispatchEvent(new Event('change'));
  await settle(element);
  await filterBarOf(element).updateComplete;
}

describe('locale: French', () => {
  it('translates the data notice headings (the parser issues stay English)', async () => {
    const data = structuredClone(small) as FixtureDataset & { events: Record<string, unknown>[] };
    data.events.push({ ...structuredClone(data.events[0]!), id: 'broken', date: '2021-02-30' });
    const element = await renderWithData(data, { locale: 'fr' });
    const notice = element.shadowRoot!.querySelector('at-data-notice')!.shadowRoot!;
    expect(text(notice.querySelector('.headline'))).to.equal(`1 événement sur ${data.events.length} n’a pas pu être affiché.`);
    expect(text(notice)).to.contain('Événement');
    expect(text(notice)).to.contain('non affiché');
    expect(text(notice)).to.contain('2021-02-30');
  });

  it('translates the summary, the narrow-screen filters button and kind rows', async () => {
    const element = await renderWithData(small, { locale: 'fr', 'group-by': 'kind', actors: 'apt10' });
    expect(text(element.shadowRoot!.querySelector('.summary'))).to.match(/^Chronologie de \d+ événements, .* en lignes par type\./);
    expect(text(element.shadowRoot!.querySelector('.filters-toggle'))).to.equal('Filtres et lignes (1 actif)');
    const rows = [...chartOf(element)!.shadowRoot!.querySelectorAll('.group-label')].map((label) => label.textContent!);
    expect(rows.length).to.be.greaterThan(0);
    const french = ['Activité', 'Intrusion', 'Détection', 'Rapport', 'Action en justice', 'Déclaration gouvernementale', 'Alerte gouvernementale', 'Politique', 'Entreprise', 'Suites'];
    for (const row of rows) expect(french.some((name) => name.toLowerCase() === row.toLowerCase()), row).to.equal(true);
  });

  it('translates the filter bar, its chips and counts', async () => {
    const element = await renderWithData(small, { locale: 'fr' });
    const root = filterBarOf(element).shadowRoot!;
    expect(text(root.querySelector('details.facet-actors summary'))).to.equal('Acteurs');
    expect(text(root.querySelector('details.facet-victims summary'))).to.equal('Victimes');
    expect(text(root.querySelector('details.facet-actors legend'))).to.equal('Filtrer par acteur');
    expect(text(clearAllButton(element))).to.equal('Effacer tous les filtres');
    const firstActor = small.actors[0]!.id;
    expect(filterCheckbox(element, 'actors', firstActor).closest('label')!.querySelector('.count')!.getAttribute('aria-label')).to.match(/^\d+ événements?$/);
    await selectActor(element, firstActor);
    expect(root.querySelector('.chips')!.getAttribute('aria-label')).to.equal('Filtres actifs');
    expect(root.querySelector('.chips button')!.getAttribute('aria-label')).to.match(/^Retirer le filtre /);
    expect(root.querySelector('.active-count')!.getAttribute('aria-label')).to.equal('1 sélectionné');
    expect(filterBarText(element)).not.to.match(/Actors|Victims|Clear all/);
  });

  it('translates the detail panel, with dates in French', async () => {
    const element = await renderWithData(small, { locale: 'fr', selected: 'e-report-pwc' });
    await detailOf(element).updateComplete;
    const panel = detailText(element);
    expect(panel).to.contain('Acteurs');
    expect(panel).to.contain('Attribution');
    // e-report-pwc is dated to the month: the precision sentence is French too.
    expect(panel).to.contain('Date connue au mois près.');
    expect(panel).to.contain('attribue ceci à');
    expect(panel).to.contain('Rendu public');
    expect(panel).to.match(/rendu public \d+ (an|ans|mois|jours?) après son début/);
    expect(panel).to.contain('Sources');
    expect(panel).to.contain('Rapport');
    expect(panel).not.to.match(/attributes this to|Made public|after it began|Victims/);
    expect(detailOf(element).shadowRoot!.querySelector('button.close')!.getAttribute('aria-label')).to.equal('Fermer les détails');
  });

  it('translates the chart toolbar, its keyboard label and the legend', async () => {
    const element = await renderWithData(small, { locale: 'fr' });
    expect(toolbarText(element)).to.match(/^Affichage : /);
    expect(text(zoomButton(element, 'fit'))).to.equal('Ajuster');
    expect(zoomButton(element, 'zoom-in').getAttribute('aria-label')).to.equal('Zoom avant');
    expect(zoomButton(element, 'zoom-out').getAttribute('aria-label')).to.equal('Zoom arrière');
    expect(svgOf(element).getAttribute('aria-label')).to.match(/^Chronologie, .* visibles? sur 7\. /);
    const legend = legendOf(element);
    expect(legend.querySelector('ul[part="legend"]')!.getAttribute('aria-label')).to.equal('Types d’événement');
    expect(text(legend.querySelector('.kind-legal-action'))).to.equal('Action en justice');
    expect(text(legend.querySelector('.shapes'))).to.contain('Jour exact');
  });
  it('translates the search box, the table and the overview', async () => {
    const element = await renderWithData(small, { locale: 'fr' });
    const search = element.shadowRoot!.querySelector('at-search')!.shadowRoot!;
    expect(text(search.querySelector('label'))).to.equal('Rechercher');
    expect(search.querySelector('input')!.getAttribute('placeholder')).to.equal('Titre, acteur, victime, alias…');
    const table = element.shadowRoot!.querySelector('at-event-table')!.shadowRoot!;
    expect(text(table.querySelector('summary'))).to.equal('Afficher les 7 événements sous forme de tableau');
    const overview = element.shadowRoot!.querySelector('at-overview')!.shadowRoot!;
    expect(overview.querySelector('.brush')!.getAttribute('aria-label')).to.match(/^Fenêtre visible : /);
  });
});

describe('locale: Japanese', () => {
  it('translates the filter bar, detail panel, toolbar and legend', async () => {
    const element = await renderWithData(small, { locale: 'ja', selected: 'e-report-pwc' });
    await detailOf(element).updateComplete;
    expect(text(filterBarOf(element).shadowRoot!.querySelector('details.facet-actors summary'))).to.equal('主体');
    expect(text(clearAllButton(element))).to.equal('すべてのフィルターを解除');
    const panel = detailText(element);
    expect(panel).to.contain('帰属');
    expect(panel).to.contain('によるものとしている');
    expect(panel).to.contain('出典');
    expect(panel).to.match(/開始から \d+ (年|か月|日)後に公表/);
    expect(toolbarText(element)).to.match(/^表示中：/);
    expect(text(zoomButton(element, 'fit'))).to.equal('全体');
    expect(text(legendOf(element).querySelector('.kind-report'))).to.equal('報告');
  });
});

describe('locale: English (default)', () => {
  it('keeps the English text', async () => {
    const element = await renderWithData(small, { selected: 'e-report-pwc' });
    await detailOf(element).updateComplete;
    expect(text(clearAllButton(element))).to.equal('Clear all filters');
    expect(text(filterBarOf(element).shadowRoot!.querySelector('details.facet-victims legend'))).to.equal('Filter by victims');
    expect(detailText(element)).to.match(/attributes this to .*public \d+ (years?|months?|days?) after it began/);
    expect(toolbarText(element)).to.match(/^Showing .* Fit$/);
    expect(svgOf(element).getAttribute('aria-label')).to.match(/^Timeline, .*: \d+ of 7 events visible\. Use arrow keys/);
    expect(text(legendOf(element).querySelector('.kind-legal-action'))).to.equal('Legal action');
  });
});
