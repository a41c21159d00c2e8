/** Monthly cloud releases and the release-impact assessments of entitled accounts. */
import type { Release, ReleaseAssessment } from '../schemas/release';
import type { AccountCtx } from './accounts';
import { MODULES } from './catalog';
import type { Rng } from './random';
import { DAY, HOUR, iso, seqId } from './random';
import { MONTHS_EN, RECOMMENDATIONS, RELEASE_HIGHLIGHTS } from './texts';

export interface ReleaseOptions {
  now: number;
  /** Past months to cover (the current month and the next one come on top). */
  pastMonths: number;
}

export interface ReleaseResult {
  releases: Release[];
  releaseAssessments: ReleaseAssessment[];
}

/** Second Saturday of a UTC month, as a day number: the update weekend. */
function updateDay(year: number, month: number): number {
  const first = Math.floor(Date.UTC(year, month, 1) / DAY);
  const weekday = (first + 3) % 7; // 0 = Monday
  return first + ((5 - weekday + 7) % 7) + 7;
}

export function generateReleases(
  rng: Rng,
  accounts: readonly AccountCtx[],
  opts: ReleaseOptions,
): ReleaseResult {
  const { now } = opts;
  const today = iso(now).slice(0, 10);
  const d = new Date(now);
  const current = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const releases: Release[] = [];
  for (let m = current - opts.pastMonths; m <= current + 1; m++) {
    const year = Math.floor(m / 12);
    const month = m % 12;
    const day = updateDay(year, month);
    const webinar = (day - 10) * DAY + 15 * HOUR;
    const highlights = rng.sample(RELEASE_HIGHLIGHTS, rng.int(3, 5));
    const changedModules = rng.sample(MODULES, rng.int(3, 6));
    const version = `${year}.${String(month + 1).padStart(2, '0')}`;
    releases.push({
      id: `rel-${version}`,
      updatedAt: iso(Math.min(now, webinar - rng.int(5, 20) * DAY)),
      deletedAt: null,
      name: `${MONTHS_EN[month] ?? ''} ${year} update`,
      version,
      releaseDate: iso(day * DAY).slice(0, 10),
      webinarAt: iso(webinar),
      summary: `${highlights[0] ?? 'Monthly improvements'}, and ${highlights.length - 1} more changes.`,
      changedModules,
      notes: `Monthly cloud update ${version}.\n\n${highlights.map((h) => `- ${h}`).join('\n')}\n`,
    });
  }

  const entitled = accounts.filter(
    (a) => a.account.plan === 'carefor-business-plus' || a.account.plan === 'carefor-enterprise',
  );
  const releaseAssessments: ReleaseAssessment[] = [];
  const firstUpcoming = releases.findIndex((r) => r.releaseDate >= today);
  releases.forEach((release, ri) => {
    const upcoming = release.releaseDate >= today;
    const next = ri === firstUpcoming;
    const webinarPast = release.webinarAt !== null && Date.parse(release.webinarAt) < now;
    for (const ctx of entitled) {
      const { account } = ctx;
      if (account.subscriptionStart > release.releaseDate) continue;
      const showcase = ctx === accounts[0];
      const coverage = next ? 0.6 : upcoming ? 0.2 : 0.9;
      // The last entitled account never has one for the next release: the board shows a gap.
      if (next && ctx === entitled[entitled.length - 1] && !showcase) continue;
      if (!showcase && !rng.chance(coverage)) continue;
      if (showcase && upcoming && !next) continue;
      const readiness: ReleaseAssessment['readiness'] =
        showcase && next
          ? 'in-progress'
          : next
            ? rng.weighted([
                ['not-started', 2],
                ['in-progress', 4],
                ['ready', 2],
                ['at-risk', 1],
              ])
            : upcoming
              ? 'not-started'
              : rng.weighted([
                  ['ready', 17],
                  ['at-risk', 1],
                  ['in-progress', 1],
                ]);
      const attendees = webinarPast
        ? rng.sample(account.contacts, rng.int(0, 3)).map((c) => c.name)
        : [];
      releaseAssessments.push({
        id: '',
        updatedAt: iso(
          upcoming
            ? now - rng.range(1, 120) * HOUR
            : Math.min(now, Date.parse(release.releaseDate) - rng.int(1, 6) * DAY),
        ),
        deletedAt: null,
        releaseId: release.id,
        accountId: account.id,
        affectedModules:
          readiness === 'not-started' ? [] : rng.sample(release.changedModules, rng.int(1, 3)),
        affectedInterfaceIds: rng
          .sample(account.monitoredInterfaces, rng.int(0, 2))
          .map((i) => i.id),
        affectedExtensionIds: rng.sample(account.extensions, rng.int(0, 2)).map((e) => e.id),
        impact: rng.weighted([
          ['none', 2],
          ['low', 5],
          ['medium', 3],
          ['high', 1],
        ]),
        recommendations:
          readiness === 'not-started' ? '' : rng.sample(RECOMMENDATIONS, rng.int(1, 2)).join('\n'),
        readiness,
        webinarAttended: attendees.length > 0,
        webinarAttendees: attendees,
      });
    }
  });
  releaseAssessments.forEach((a, k) => (a.id = seqId('ras', k + 1, 5)));
  return { releases, releaseAssessments };
}
