/** The side panel's edit forms, one chunk loaded on demand (lazy-forms.tsx): none of them is needed for the first paint. */
export { LeavingForm } from '../LeavingForm.js';
export { AddDirectorate, DirectorateActions } from './DirectorateActions.js';
export { MiForm } from './MiForm.js';
export { OwnerForm } from './OwnerForm.js';
export { AddPersonForm, DeletePersonButton } from './PeopleActions.js';
export { PersonEditForm } from './PersonEditForm.js';
export { StructureActions } from './StructureActions.js';
