import { ConfirmButton } from '../priorities/forms.js';

/**
 * A button that removes or ends a governance record at the version read, the server's refusal beside it; a stale
 * version is answered with their change and do it anyway / cancel (ConfirmButton's `versioned`).
 */
export function RemoveStep<V>({
  className = 'gov-form gov-form--remove',
  ...p
}: Parameters<typeof ConfirmButton<V>>[0] & { className?: string }) {
  return (
    <div className={className}>
      <ConfirmButton {...p} />
    </div>
  );
}
