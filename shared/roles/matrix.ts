import type { Bilingual, Party, RoleArea, RoleDuty } from './data';
import { ROLE_AREAS, ROLE_DUTIES } from './data';

const OPTION_IDS = new Set(ROLE_DUTIES.filter((d) => d.managedServices).map((d) => d.id));

/** Duties a client may contract out to the vendor under managed services. */
export const MANAGED_SERVICE_OPTIONS: readonly RoleDuty[] = ROLE_DUTIES.filter(
  (d) => d.managedServices,
);

export function isManagedServiceOptionId(id: string): boolean {
  return OPTION_IDS.has(id);
}

export interface AssignedDuty extends RoleDuty {
  /** Who does it for this account. */
  responsible: Party;
  /** True when it moved to the vendor under a managed-services contract. */
  viaManagedServices: boolean;
}

export interface AreaResponsibilities {
  area: RoleArea;
  duties: AssignedDuty[];
}

/**
 * The matrix for one account: duties whose id the client contracted out move
 * from the client to the vendor. Unknown ids throw, so typos do not pass silently.
 */
export function responsibilitiesFor(contractedOptions: readonly string[]): AreaResponsibilities[] {
  for (const id of contractedOptions) {
    if (!OPTION_IDS.has(id)) {
      throw new RangeError(`"${id}" is not a managed-services option of the roles matrix.`);
    }
  }
  const contracted = new Set(contractedOptions);
  return ROLE_AREAS.map((area) => ({
    area,
    duties: ROLE_DUTIES.filter((d) => d.area === area.id).map((d) => {
      const moved = d.owner === 'client' && contracted.has(d.id);
      return { ...d, responsible: moved ? 'vendor' : d.owner, viaManagedServices: moved };
    }),
  }));
}

export type { Bilingual, Party, RoleArea, RoleDuty };
