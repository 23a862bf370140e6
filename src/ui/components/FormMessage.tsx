/**
 * The one-line outcome under a form: a success is announced politely (role status), an error at once
 * (role alert); the colour is never the only signal, the text says which it is.
 */
export interface FormOutcome {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export function FormMessage({ message }: { readonly message: FormOutcome | null }) {
  if (!message) return null;
  const error = message.kind === 'error';
  return (
    <p className={error ? 'form-error' : 'form-ok'} role={error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
