import { describeError, parseIssue, plainIssueMessage } from '../../../src/renderer/src/api/describe-error';

describe('describeError', () => {
  it('turns INVALID_PAYLOAD issues into field names a bookkeeper knows', () => {
    const plain = describeError({
      code: 'INVALID_PAYLOAD',
      message: 'That request was not in the expected form.',
      issues: ['displayName: Too small: expected string to have >=1 characters', 'settings.endUserId: Conductor end-user IDs look like end_usr_…'],
    });
    expect(plain.message).toBe('Ledgerlight could not accept those details.');
    expect(plain.details).toEqual(['Company name: Please fill this in.', 'Conductor end-user ID: Conductor end-user IDs look like end_usr_…']);
  });

  it('keeps the host’s plain message and fix steps (e.g. CONFLICT)', () => {
    const plain = describeError({
      code: 'CONFLICT',
      message: 'This QuickBooks company is already in Ledgerlight as "Acme".',
      fixSteps: ['Use the existing entry instead.'],
    });
    expect(plain).toEqual({ message: 'This QuickBooks company is already in Ledgerlight as "Acme".', details: [], fixSteps: ['Use the existing entry instead.'] });
  });

  it('never shows a stack trace or raw JSON', () => {
    expect(describeError({ code: 'INTERNAL', message: 'TypeError: x is undefined\n    at foo (/app/main.js:1:2)' }).message).toBe(
      'Something went wrong inside Ledgerlight. The details are in the log file.',
    );
    expect(describeError({ code: 'NOT_FOUND', message: '{"id":"co_1"}' }).message).toBe('That company is no longer in Ledgerlight.');
    expect(describeError({ code: 'STORAGE_FAILED', message: '' }).message).toMatch(/could not save/);
  });

  it('falls back to a generic sentence for an unknown code', () => {
    expect(describeError({ code: 'WHAT' as never, message: '' }).message).toMatch(/Something went wrong/);
  });
});

describe('issue parsing', () => {
  it('splits path and message and rewrites zod’s developer wording', () => {
    expect(parseIssue('settings.connectionId: Too big: expected string to have <=100 characters')).toEqual({
      path: 'settings.connectionId',
      message: 'This is too long.',
    });
    expect(parseIssue('(payload): Invalid input: expected object, received undefined')).toEqual({
      path: '',
      message: 'This is missing or not filled in correctly.',
    });
    expect(plainIssueMessage('A QuickBooks company ID (realm ID) is digits only')).toBe('A QuickBooks company ID (realm ID) is digits only');
  });
});
