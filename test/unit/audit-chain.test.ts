import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, rowHash, type ChainedFields } from '../../electron/core/audit/chain';

const row: ChainedFields = {
  seq: 1,
  at: '2026-01-01T00:00:00.000Z',
  userId: 1,
  userName: 'Ada',
  method: 'users.add',
  action: 'create',
  entity: 'user',
  entityId: '2',
  summary: 'Bob added',
  beforeJson: null,
  afterJson: '{"name":"Bob"}',
  prevHash: GENESIS_HASH,
  rowsJson: null,
};

describe('rowHash', () => {
  it('is a stable SHA-256 hex digest', () => {
    expect(rowHash(row)).toMatch(/^[0-9a-f]{64}$/);
    expect(rowHash({ ...row })).toBe(rowHash(row));
  });

  it('changes when any covered field changes', () => {
    const changes: Partial<ChainedFields>[] = [
      { seq: 2 },
      { at: '2026-01-01T00:00:00.001Z' },
      { userId: 2 },
      { userId: null },
      { userName: 'Eve' },
      { method: 'users.deactivate' },
      { action: 'update' },
      { entity: 'project' },
      { entityId: '3' },
      { entityId: null },
      { summary: 'Bob added.' },
      { beforeJson: '{}' },
      { afterJson: '{"name":"Bobby"}' },
      { prevHash: 'f'.repeat(64) },
      { rowsJson: '[["user","[2]",{"name":"Bob"}]]' },
    ];
    const original = rowHash(row);
    for (const change of changes) expect(rowHash({ ...row, ...change }), JSON.stringify(change)).not.toBe(original);
  });

  it('hashes rows without row images exactly as before they existed', () => {
    expect(rowHash(row)).toBe('faf161588759a4d558658a9d2e2651593ecaed4f839ff680e2f233d7b495265a');
  });

  it('keeps field boundaries unambiguous', () => {
    expect(rowHash({ ...row, userName: 'Ada', summary: 'Bob added' })).not.toBe(rowHash({ ...row, userName: 'AdaBob', summary: ' added' }));
  });
});
