/**
 * "My accounts": those whose CSM or SDM is the person named in Settings. Names are compared
 * folded — accents stripped, case ignored, runs of spaces collapsed — so "elise fournier"
 * matches "Élise Fournier". A whole-name match only: "Claire" alone matches no one.
 */
import type { Account } from '../schemas/account';

/** The comparison form of a person's name: NFD, marks removed, lower case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A predicate for "is this account mine?". An empty name matches no account: with no name in
 * Settings nothing can be attributed to the user (the screen then says so).
 */
export function mineMatcher(
  displayName: string,
): (account: Pick<Account, 'csmName' | 'sdmName'>) => boolean {
  const me = foldName(displayName);
  if (me === '') return () => false;
  return (account) =>
    foldName(account.csmName) === me ||
    (account.sdmName !== null && foldName(account.sdmName) === me);
}

/** Whether a person (an action item's owner, say) is the user named in Settings. */
export function isSamePerson(name: string, displayName: string): boolean {
  const me = foldName(displayName);
  return me !== '' && foldName(name) === me;
}
