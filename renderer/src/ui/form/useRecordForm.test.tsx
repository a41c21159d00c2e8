import { workOrderSchema } from '@shared/schemas/index';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { initI18n } from '../../i18n';
import { TextField } from '../Field';
import { useRecordForm, type FieldMessages } from './useRecordForm';

// A record's own field schema (shared/) plus a cross-field check with a reason.
const schema = z
  .object({ title: workOrderSchema.shape.title, start: z.string(), end: z.string() })
  .superRefine(
    (v, ctx) => {
      if (v.end !== '' && v.end <= v.start)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'English text never shown',
          params: { reason: 'endBeforeStart' },
        });
    },
    { when: () => true },
  );
type Fields = z.input<typeof schema>;
type Value = z.output<typeof schema>;

const messages: FieldMessages = {
  title: { too_small: 'quotas.required' },
  end: {
    custom: 'quotas.invalidDateTime',
    'custom.endBeforeStart': 'quotas.events.endBeforeStart',
  },
};

interface Props {
  onSave: (value: Value, confirmation: string | null) => Promise<void>;
  warn?: boolean;
  refused?: boolean;
  report?: (error: unknown) => void;
}

function Form({ onSave, warn = false, refused = false, report = () => undefined }: Props) {
  const form = useRecordForm<Fields, Value, string>({
    initial: { title: '', start: '2026-05-01', end: '' },
    schema,
    messages,
    fallbackKey: 'quotas.required',
    warning: warn ? (v) => `Over the allowance with ${v.title}` : undefined,
    refusedFields: refused ? () => ({ title: 'Refused title' }) : undefined,
    report,
    onSave,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <TextField
        label="Title"
        value={form.values.title}
        error={form.errors.title}
        onChange={(e) => {
          form.set('title', e.target.value);
        }}
      />
      <TextField
        label="End"
        value={form.values.end}
        error={form.errors.end}
        onChange={(e) => {
          form.set('end', e.target.value);
        }}
      />
      <p>{form.dirty ? 'dirty' : 'clean'}</p>
      {form.warning === null ? null : (
        <p>
          {form.warning}
          <button
            type="button"
            onClick={() => {
              form.confirm('order-1');
            }}
          >
            Confirm
          </button>
          <button type="button" onClick={form.back}>
            Back
          </button>
        </p>
      )}
      <button type="submit" disabled={form.busy}>
        Save
      </button>
    </form>
  );
}

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  await act(() => i18next.changeLanguage('en'));
});

describe('useRecordForm', () => {
  it('words errors by issue code and path in the user’s language, reasons first', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(<Form onSave={onSave} />);
    await user.type(screen.getByLabelText('End'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Required.')).toBeTruthy();
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();
    expect(screen.queryByText('English text never shown')).toBeNull();
    await act(() => i18next.changeLanguage('fr'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('La fin doit être après le début.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('tracks dirty fields against the opening values', async () => {
    const user = userEvent.setup();
    render(<Form onSave={() => Promise.resolve()} />);
    expect(screen.getByText('clean')).toBeTruthy();
    await user.type(screen.getByLabelText('Title'), 'x');
    expect(screen.getByText('dirty')).toBeTruthy();
    await user.clear(screen.getByLabelText('Title'));
    expect(screen.getByText('clean')).toBeTruthy();
  });

  it('saves the parsed value once, straight away without a warning', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(<Form onSave={onSave} />);
    await user.type(screen.getByLabelText('Title'), '  Scope  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ title: 'Scope', start: '2026-05-01', end: '' }, null);
  });

  it('warns first: Back saves nothing, Confirm saves with the answer', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(<Form onSave={onSave} warn />);
    await user.type(screen.getByLabelText('Title'), 'Scope');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/Over the allowance with Scope/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByText(/Over the allowance/)).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Scope' }), 'order-1');
  });

  it('shows a refused save’s field errors, keeps the values and drops the warning', async () => {
    const user = userEvent.setup();
    const report = vi.fn();
    render(<Form onSave={() => Promise.reject(new Error('no'))} warn refused report={report} />);
    await user.type(screen.getByLabelText('Title'), 'Scope');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Refused title')).toBeTruthy();
    expect(screen.queryByText(/Over the allowance/)).toBeNull();
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Scope');
    expect(report).not.toHaveBeenCalled();
  });

  it('reports any other failure', async () => {
    const user = userEvent.setup();
    const report = vi.fn();
    const failure = new Error('disk');
    render(<Form onSave={() => Promise.reject(failure)} report={report} />);
    await user.type(screen.getByLabelText('Title'), 'Scope');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Save' });
    await vi.waitFor(() => {
      expect(report).toHaveBeenCalledWith(failure);
    });
  });
});
