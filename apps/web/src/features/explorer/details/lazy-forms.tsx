/**
 * The side panel's edit forms, loaded when a panel first shows one (issue 17 "Fast first load": they and what they import
 * were 8 of the explorer's 15 first-load scripts). Each form waits in a Suspense boundary of its own, so the panel, its
 * heading and the focus stay where they are while the chunk arrives (the view's boundary would replace the whole view by
 * "Opening…"); `prefetchEditForms` asks for the chunk once the tree is drawn for a member, so it is usually there before
 * a panel opens.
 */
import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';

const loadForms = () => import('./edit-forms.js');

/** Starts loading the forms' chunk (fetched once however often this is called); a failed load is shown when a form renders. */
export function prefetchEditForms(): void {
  loadForms().catch(() => undefined);
}

/** A form's place while its chunk arrives: one quiet line in the panel, which keeps its heading and focus. */
function Pending({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted">Loading the form…</p>}>{children}</Suspense>;
}

const Forms = {
  AddDirectorate: lazy(() => loadForms().then((m) => ({ default: m.AddDirectorate }))),
  AddPersonForm: lazy(() => loadForms().then((m) => ({ default: m.AddPersonForm }))),
  DeletePersonButton: lazy(() => loadForms().then((m) => ({ default: m.DeletePersonButton }))),
  DirectorateActions: lazy(() => loadForms().then((m) => ({ default: m.DirectorateActions }))),
  LeavingForm: lazy(() => loadForms().then((m) => ({ default: m.LeavingForm }))),
  MiForm: lazy(() => loadForms().then((m) => ({ default: m.MiForm }))),
  OwnerForm: lazy(() => loadForms().then((m) => ({ default: m.OwnerForm }))),
  PersonEditForm: lazy(() => loadForms().then((m) => ({ default: m.PersonEditForm }))),
  StructureActions: lazy(() => loadForms().then((m) => ({ default: m.StructureActions }))),
};

export const AddDirectorate = (p: ComponentProps<typeof Forms.AddDirectorate>) => (
  <Pending>
    <Forms.AddDirectorate {...p} />
  </Pending>
);
export const AddPersonForm = (p: ComponentProps<typeof Forms.AddPersonForm>) => (
  <Pending>
    <Forms.AddPersonForm {...p} />
  </Pending>
);
export const DeletePersonButton = (p: ComponentProps<typeof Forms.DeletePersonButton>) => (
  <Pending>
    <Forms.DeletePersonButton {...p} />
  </Pending>
);
export const DirectorateActions = (p: ComponentProps<typeof Forms.DirectorateActions>) => (
  <Pending>
    <Forms.DirectorateActions {...p} />
  </Pending>
);
export const LeavingForm = (p: ComponentProps<typeof Forms.LeavingForm>) => (
  <Pending>
    <Forms.LeavingForm {...p} />
  </Pending>
);
export const MiForm = (p: ComponentProps<typeof Forms.MiForm>) => (
  <Pending>
    <Forms.MiForm {...p} />
  </Pending>
);
export const OwnerForm = (p: ComponentProps<typeof Forms.OwnerForm>) => (
  <Pending>
    <Forms.OwnerForm {...p} />
  </Pending>
);
export const PersonEditForm = (p: ComponentProps<typeof Forms.PersonEditForm>) => (
  <Pending>
    <Forms.PersonEditForm {...p} />
  </Pending>
);
export const StructureActions = (p: ComponentProps<typeof Forms.StructureActions>) => (
  <Pending>
    <Forms.StructureActions {...p} />
  </Pending>
);
