/** The ClickHouse tables' column lists, which every insert names, and the migrations that add columns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnNames, COLUMN_MIGRATIONS, TABLES, tableColumns } from './_schema.js';

test('column names are read from definitions whose types hold commas and parentheses', () => {
  assert.deepEqual(columnNames(`id String, price Decimal(10, 2), tags Array(Tuple(String, UInt8)),\n  note Nullable(String)`), ['id', 'price', 'tags', 'note']);
});

test('every table has its columns once, and every column a migration adds is in its table with the same type', () => {
  for (const t of TABLES) {
    const names = tableColumns(t.name);
    assert.equal(new Set(names).size, names.length, `${t.name} names a column twice`);
  }
  for (const m of COLUMN_MIGRATIONS) {
    for (const { table, column, type } of m.columns) {
      const def = TABLES.find((t) => t.name === table)?.columns ?? '';
      assert.match(def.replace(/\s+/g, ' '), new RegExp(`(^|, )${column} ${type.replace(/[()]/g, '\\$&')}(,|$)`), `${table}.${column} ${type}`);
    }
  }
});
