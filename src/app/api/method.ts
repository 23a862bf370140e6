/** Looks up a method name safely (own keys of the contract only; `constructor`, `__proto__` are not methods). */
import { API_METHODS, CONTRACT, type ApiMethod } from '../../shared/ipc/contract';

export function methodOfName(name: string): ApiMethod | null {
  return (API_METHODS as readonly string[]).includes(name) ? (name as ApiMethod) : null;
}

export { CONTRACT, type ApiMethod };
