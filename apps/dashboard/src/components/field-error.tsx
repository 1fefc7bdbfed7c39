/** A validation message beside its field (referenced by the field's aria-describedby). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" role={message ? 'alert' : undefined}>
      {message ?? ''}
    </p>
  );
}

/** A refusal that concerns the whole form (not allowed, already answered…). */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
