/** Links to the MITRE ATT&CK site for group and technique ids (tiny, so the embed can use it). */

const ATTACK_SITE = 'https://attack.mitre.org';

/**
 * The ATT&CK page of a group (`G0045` → /groups/G0045/) or technique (`T1190` →
 * /techniques/T1190/, sub-technique `T1003.001` → /techniques/T1003/001/); undefined for any
 * other text, so a malformed id never becomes a link.
 */
export function attackUrl(id: string): string | undefined {
  if (/^G\d{4}$/.test(id)) return `${ATTACK_SITE}/groups/${id}/`;
  if (/^T\d{4}(\.\d{3})?$/.test(id)) return `${ATTACK_SITE}/techniques/${id.replace('.', '/')}/`;
  return undefined;
}
