import type { Release } from '@shared/schemas/index';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from './format';
import { Truncate } from '../ui/Truncate';

/** Every release, newest first, each opening its detail page. */
export function ReleaseList({ releases }: { releases: Release[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...releases].sort((a, b) => b.releaseDate.localeCompare(a.releaseDate));
  return (
    <section className="card" aria-labelledby="release-list-title">
      <h2 id="release-list-title">{t('releases.list.title')}</h2>
      <table className="table table--rowheads">
        <thead>
          <tr>
            <th scope="col">{t('releases.list.version')}</th>
            <th scope="col">{t('releases.list.name')}</th>
            <th scope="col">{t('releases.list.date')}</th>
            <th scope="col">{t('releases.list.modules')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id}>
              <td>
                <Truncate text={r.version} />
              </td>
              <td>
                <Truncate text={r.name}>
                  <Link to={`/releases/${r.id}`}>{r.name}</Link>
                </Truncate>
              </td>
              <td>{formatDay(r.releaseDate, i18n.language)}</td>
              <td>
                <Truncate text={r.changedModules.join(', ')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
