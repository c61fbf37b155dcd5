import { badRequest, conflict } from '../../../shared/errors.ts';
import { isDocumentProblem, normalizeDocument, type IdentityDocument } from '../rules/document.ts';
import { passwordProblem } from '../rules/password-policy.ts';

// The checks registration and profile changes share, each naming the field at fault.

export function checkedDocument(document: IdentityDocument, field = 'body.document'): IdentityDocument {
  const result = normalizeDocument(document);
  if (isDocumentProblem(result)) {
    throw badRequest('document_invalid', `document ${result.part} ${result.message}.`, { field: `${field}.${result.part}` });
  }
  return result;
}

export function checkPassword(password: string, person: { login?: string | null; email?: string | null }, field = 'body.password'): void {
  const problem = passwordProblem(password, person);
  if (problem) throw badRequest('password_too_weak', `password ${problem}.`, { field });
}

export function checkMessenger(wantsMessenger: boolean | undefined, messenger: unknown, field = 'body.messenger'): void {
  if (wantsMessenger && !messenger) {
    throw badRequest('messenger_missing', 'messenger: give the messenger and chat id to get messages there.', { field });
  }
}

export const emailTaken = (field = 'body.email') => conflict('email_taken', 'email is already used by another account.', { field });
export const clientCodeTaken = (field = 'body.clientCode') =>
  conflict('client_code_taken', 'clientCode is already taken (client codes ignore case); choose another.', { field });
