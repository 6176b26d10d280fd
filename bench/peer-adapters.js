// Adapters for bench/peers.mjs: each defines `<attack-timeline>` as a bare custom element that
// hands the same generated data to another timeline library, so the cold page (bench/cold-page.mjs)
// measures that library exactly as it measures the embed: from inserting one script to the frame
// after the first marks. bench/peers.mjs serves each as the library's own UMD build followed by this
// file and a line naming the adapter (`window.benchPeer`), all in one classic script.
// Written for the benchmark; every library is used through its documented public API.
(() => {
  const DAY_MS = 86_400_000;
  const HEIGHT_PX = 600;

  /** First and last instant of an event's `date` ("2012", "2012-05", "2012-05-03", "2012-spring") or `start`/`end`. */
  const span = (event) => {
    const from = event.start ?? event.date;
    const to = event.end ?? event.date;
    const month = (text, fallback) => (text.length >= 7 && /\d/.test(text[5]) ? Number(text.slice(5, 7)) - 1 : fallback);
    const day = (text, fallback) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? Number(text.slice(8)) : fallback);
    const first = Date.UTC(Number(from.slice(0, 4)), month(from, 0), day(from, 1));
    const last = Date.UTC(Number(to.slice(0, 4)), month(to, 11), day(to, 28));
    return [first, Math.max(last, first + DAY_MS)];
  };

  /** The events with their spans and the name of their first actor (the group every library lanes by). */
  const rowsOf = (data) => {
    const actorNames = new Map(data.actors.map((actor) => [actor.id, actor.name]));
    return data.events.map((event) => ({ id: event.id, title: event.title, span: span(event), group: actorNames.get(event.actors[0]) ?? 'unknown' }));
  };

  const box = (host) => {
    const div = document.createElement('div');
    div.style.cssText = `width:100%;height:${HEIGHT_PX}px`;
    host.append(div);
    return div;
  };

  /** Drawn once the library has put at least one mark in the element (polled by the cold page). */
  const reportMarks = (host, marksOf) => {
    Object.defineProperty(host, 'view', { get: () => ({ visibleIds: [...marksOf()].map((_, i) => i) }) });
  };

  const adapters = {
    // timelines-chart (vasturiano): SVG over d3; one group per actor, one line per event.
    'timelines-chart': (host, rows) => {
      const groups = new Map();
      for (const row of rows) {
        if (!groups.has(row.group)) groups.set(row.group, []);
        groups.get(row.group).push({ label: row.title, data: [{ timeRange: [new Date(row.span[0]), new Date(row.span[1])], val: row.group }] });
      }
      const target = box(host);
      globalThis.TimelinesChart()(target).width(host.clientWidth).maxHeight(HEIGHT_PX).data([...groups].map(([group, data]) => ({ group, data })));
      reportMarks(host, () => target.querySelectorAll('.series-segment'));
    },
    // ECharts: a custom series drawing a bar and a title per event on a canvas, one row per actor.
    echarts: (host, rows) => {
      const groups = [...new Set(rows.map((row) => row.group))];
      const chart = globalThis.echarts.init(box(host), null, { renderer: 'canvas' });
      let finished = false;
      chart.on('finished', () => { finished = true; });
      chart.setOption({
        animation: false,
        xAxis: { type: 'time' },
        yAxis: { type: 'category', data: groups },
        dataZoom: [{ type: 'inside' }],
        series: [{
          type: 'custom',
          encode: { x: [1, 2], y: 0 },
          data: rows.map((row) => ({ name: row.title, value: [groups.indexOf(row.group), row.span[0], row.span[1]] })),
          renderItem: (params, api) => {
            const start = api.coord([api.value(1), api.value(0)]);
            const end = api.coord([api.value(2), api.value(0)]);
            const height = api.size([0, 1])[1] * 0.5;
            return {
              type: 'group',
              children: [
                { type: 'rect', shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height }, style: { fill: '#3b6ea5' } },
                { type: 'text', style: { x: end[0] + 4, y: start[1], text: rows[params.dataIndex].title, fill: '#222', verticalAlign: 'middle', font: '12px sans-serif' } },
              ],
            };
          },
        }],
      });
      reportMarks(host, () => (finished ? rows : []));
    },
    // vis-timeline: DOM items in groups, one group per actor.
    'vis-timeline': (host, rows) => {
      const groups = [...new Set(rows.map((row) => row.group))].map((group) => ({ id: group, content: group }));
      const items = rows.map((row) => ({ id: row.id, group: row.group, content: row.title, start: new Date(row.span[0]), end: new Date(row.span[1]) }));
      const target = box(host);
      // Opens fitted to the data (its default when no start or end is given), but draws first at
      // today's window and redraws fitted a frame or more later: drawn once the axis shows the data's years.
      new globalThis.vis.Timeline(target, items, groups, { height: `${HEIGHT_PX}px`, stack: true });
      const lastYear = new Date(Math.max(...rows.map((row) => row.span[1]))).getUTCFullYear() + 1;
      const fitted = () => [...target.querySelectorAll('.vis-time-axis .vis-text.vis-minor')].some((label) => /^\d{4}$/.test(label.textContent.trim()) && Number(label.textContent) <= lastYear);
      reportMarks(host, () => (target.querySelector('.vis-timeline').style.visibility === 'visible' && fitted() ? target.querySelectorAll('.vis-item') : []));
    },
    // TimelineJS (Knight Lab): slides plus a time navigator of DOM markers; its stylesheet is
    // injected by bench/peers.mjs ahead of the library, as a page would link it.
    timelinejs: (host, rows) => {
      const target = box(host);
      const date = (ms) => {
        const day = new Date(ms);
        return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      };
      const events = rows.map((row) => ({ start_date: date(row.span[0]), end_date: date(row.span[1]), text: { headline: row.title }, group: row.group }));
      new globalThis.TL.Timeline(target, { events });
      reportMarks(host, () => target.querySelectorAll('.tl-timemarker'));
    },
  };

  class PeerTimeline extends HTMLElement {
    connectedCallback() {
      const adapter = adapters[globalThis.benchPeer];
      if (!adapter) throw new Error(`peer adapter: unknown peer ${globalThis.benchPeer}`);
      this.style.display = 'block';
      adapter(this, rowsOf(this.data));
    }
  }

  customElements.define('attack-timeline', PeerTimeline);
})();
