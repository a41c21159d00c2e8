import { ListOrdered } from 'lucide-react';
import { FeatureEmptyPage } from '../ui/FeatureEmptyPage';

/** Placeholder until the feature lands. */
export function IncidentDetailPage() {
  return <FeatureEmptyPage feature="queue" icon={ListOrdered} />;
}
