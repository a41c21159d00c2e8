import { describe, expect, it } from 'vitest';
import { inputFromDraft, newDraft, withAccount } from './form-model';
import { testAccount } from './test-fixtures';

const NOW = new Date('2026-03-10T14:05:00.000Z');
const paris = testAccount();
const saoPaulo = testAccount({
  id: 'acc-sp',
  timeZone: 'America/Sao_Paulo',
  businessCalendar: { ...paris.businessCalendar, timeZone: 'America/Sao_Paulo' },
});

describe('incident form: "Reported" of a new incident', () => {
  it('is empty until an account is chosen, then now in that account zone (saveable at once)', () => {
    const draft = newDraft('', undefined, '', NOW);
    expect(draft.reportedAt).toBe('');
    const chosen = withAccount(draft, saoPaulo, draft.reportedAt, NOW);
    expect(chosen.reportedAt).toBe('2026-03-10T11:05');
    expect(inputFromDraft(chosen, saoPaulo).reportedAt).toBe(NOW.toISOString());
  });

  it('follows another account while the user has not typed a time', () => {
    const draft = newDraft(paris.id, paris.timeZone, '', NOW);
    expect(draft.reportedAt).toBe('2026-03-10T15:05');
    const moved = withAccount(draft, saoPaulo, draft.reportedAt, NOW);
    expect(moved.accountId).toBe('acc-sp');
    expect(moved.reportedAt).toBe('2026-03-10T11:05');
  });

  it('keeps a time the user typed, and the ids of the old account are dropped', () => {
    const typed = {
      ...newDraft(paris.id, paris.timeZone, '', NOW),
      reportedAt: '2026-03-09T08:00',
      interfaceId: 'if-payroll',
    };
    const moved = withAccount(typed, saoPaulo, '2026-03-10T15:05', NOW);
    expect(moved.reportedAt).toBe('2026-03-09T08:00');
    expect(moved.interfaceId).toBe('');
  });
});
