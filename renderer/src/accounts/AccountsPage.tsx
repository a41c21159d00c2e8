import { Building2 } from 'lucide-react';
import { FeatureEmptyPage } from '../ui/FeatureEmptyPage';

/** Placeholder until the feature lands. */
export function AccountsPage() {
  return <FeatureEmptyPage feature="accounts" icon={Building2} />;
}
