import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordValidationError } from '../db/errors';
import { initI18n } from '../i18n';
import { TextField } from '../ui/Field';
import { useToasts } from '../ui/toast-store';
import { QuotaDialogForm } from './QuotaDialogForm';
import type { OrderChoice } from './OverageConfirm';
import { z } from 'zod';
import { useRecordForm } from '../ui/form/useRecordForm';
import { refusedFields, report } from './refused-fields';

const refused = () =>
  Promise.reject(new RecordValidationError([{ path: 'name', message: 'Name is too long' }], 'X'));

/** A dialog whose every save warns first, then runs `writes` once confirmed. */
function Warned({ writes, fieldErrors }: { writes: () => Promise<void>; fieldErrors?: boolean }) {
  const form = useRecordForm<Record<string, never>, Record<string, never>, OrderChoice>({
    initial: {},
    schema: z.object({}),
    messages: {},
    fallbackKey: 'quotas.required',
    warning: () => 'This would be thing 2 of 1.',
    refusedFields: fieldErrors === false ? undefined : refusedFields,
    report,
    onSave: writes,
  });
  return (
    <QuotaDialogForm
      title="Add thing"
      busy={form.busy}
      onSubmit={form.submit}
      onClose={() => undefined}
      overage={{ warning: form.warning, onBack: form.back, onConfirm: form.confirm }}
    >
      <TextField label="Name" error={form.errors.name} />
    </QuotaDialogForm>
  );
}

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  useToasts.setState({ toasts: [] });
});

describe('QuotaDialogForm', () => {
  it('submits and cancels; without an overage the fields are not wrapped', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    render(
      <QuotaDialogForm title="Record" busy={false} onSubmit={onSubmit} onClose={onClose}>
        <TextField label="Scope" />
      </QuotaDialogForm>,
    );
    expect(screen.getByRole('dialog', { name: 'Record' }).querySelector('fieldset')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('disables Save while busy', () => {
    render(
      <QuotaDialogForm title="Record" busy onSubmit={() => undefined} onClose={() => undefined}>
        <TextField label="Scope" />
      </QuotaDialogForm>,
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
  });

  it('freezes the fields while the overage warning asks; going back unfreezes them', async () => {
    const user = userEvent.setup();
    const writes = vi.fn(() => Promise.resolve());
    render(<Warned writes={writes} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('This would be thing 2 of 1.')).toBeTruthy();
    expect(screen.getByLabelText('Name').matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.getByLabelText('Name').matches(':disabled')).toBe(false);
    expect(writes).not.toHaveBeenCalled();
  });

  it('shows a refused record’s field errors and drops the warning', async () => {
    const user = userEvent.setup();
    render(<Warned writes={refused} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save with the work order' }));
    expect(await screen.findByText('Name is too long')).toBeTruthy();
    expect(screen.queryByText('This would be thing 2 of 1.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('reports the refusal instead when the dialog shows no field errors', async () => {
    const user = userEvent.setup();
    render(<Warned writes={refused} fieldErrors={false} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save with the work order' }));
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.queryByText('Name is too long')).toBeNull();
    expect(useToasts.getState().toasts.at(-1)).toMatchObject({ tone: 'error' });
  });
});
