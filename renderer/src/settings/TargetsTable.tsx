import { useTranslation } from 'react-i18next';
import { PLAN_IDS, type PlanId } from '@shared/domain/types';
import type { SeverityKey } from '@shared/plans/index';
import {
  SEVERITY_KEYS,
  settingsFieldId,
  type WorkspaceDraft,
  type WorkspaceErrorKey,
} from './workspace-draft';

interface Props {
  targets: WorkspaceDraft['targets'];
  errors: Record<string, WorkspaceErrorKey>;
  onChange: (
    plan: PlanId,
    sev: SeverityKey,
    kind: 'response' | 'resolution',
    value: string,
  ) => void;
}

/** Plans down, severities across; each cell holds a response and a resolution target in hours. */
export function TargetsTable({ targets, errors, onChange }: Props) {
  const { t } = useTranslation();
  const kinds = ['response', 'resolution'] as const;
  return (
    <div className="table-wrap">
      <table className="table targets-table">
        <caption className="visually-hidden">{t('settings.targets')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('settings.plan')}
            </th>
            {SEVERITY_KEYS.map((sev) => (
              <th key={sev} scope="colgroup" colSpan={2}>
                {t('settings.severity', { severity: sev })}
              </th>
            ))}
          </tr>
          <tr>
            {SEVERITY_KEYS.flatMap((sev) =>
              kinds.map((kind) => (
                <th key={`${sev}-${kind}`} scope="col">
                  {t(`settings.${kind}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {PLAN_IDS.map((plan) => (
            <tr key={plan}>
              <th scope="row">{t(`accounts.plans.${plan}`)}</th>
              {SEVERITY_KEYS.flatMap((sev) =>
                kinds.map((kind) => {
                  const path = `targets.${plan}.${sev}.${kind}`;
                  const error = errors[path];
                  const id = settingsFieldId(path);
                  return (
                    <td key={path}>
                      <input
                        id={id}
                        className="targets-table__input"
                        type="number"
                        min={0}
                        step="any"
                        inputMode="decimal"
                        value={targets[plan][sev][kind]}
                        aria-label={t('settings.targetLabel', {
                          kind: t(`settings.${kind}`),
                          plan: t(`accounts.plans.${plan}`),
                          severity: sev,
                        })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) => onChange(plan, sev, kind, e.target.value)}
                      />
                      {error ? (
                        <span id={`${id}-error`} className="field__error">
                          {t(`settings.errors.${error}`)}
                        </span>
                      ) : null}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
