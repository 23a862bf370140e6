/** A result crossing a boundary (IPC, CLI, file import): never a throw. */
export type Result<T, E = AppError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A user-safe error: a stable code and one clear sentence (what, where, how to fix). No stack, no paths. */
export interface AppError {
  readonly code: string;
  readonly message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });
