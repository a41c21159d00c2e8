import { useTranslation } from 'react-i18next';
import type { PlanId } from '@shared/domain/types';

/** The plan's plain name in a neutral badge (text, not colour, carries the meaning). */
export function PlanBadge({ plan }: { plan: PlanId }) {
  const { t } = useTranslation();
  return <span className="badge badge--muted plan-badge">{t(`accounts.plans.${plan}`)}</span>;
}
