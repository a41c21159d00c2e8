export { ROLE_AREAS, ROLE_DUTIES } from './data';
export type { Bilingual, Party, RoleArea, RoleDuty } from './data';
export { MANAGED_SERVICE_OPTIONS, isManagedServiceOptionId, responsibilitiesFor } from './matrix';
export type { AreaResponsibilities, AssignedDuty } from './matrix';
