import { describe, expect, it } from 'vitest';
import { columnsOf, moveGridFocus } from './grid-focus';

describe('moving the focus in the overview grid', () => {
  // 13 cells, 4 a row: rows 0-3, 4-7, 8-11, and 12 alone.
  const move = (index: number, key: string) => moveGridFocus(index, key, 13, 4);

  it('moves along a row and stops at the ends of the grid', () => {
    expect(move(0, 'ArrowRight')).toBe(1);
    expect(move(3, 'ArrowRight')).toBe(4);
    expect(move(12, 'ArrowRight')).toBe(12);
    expect(move(4, 'ArrowLeft')).toBe(3);
    expect(move(0, 'ArrowLeft')).toBe(0);
  });

  it('moves a row down and up, keeping the column', () => {
    expect(move(1, 'ArrowDown')).toBe(5);
    expect(move(5, 'ArrowUp')).toBe(1);
    expect(move(2, 'ArrowUp')).toBe(2);
  });

  it('goes down into a shorter last row at its last cell, and no further', () => {
    expect(move(10, 'ArrowDown')).toBe(12);
    expect(move(8, 'ArrowDown')).toBe(12);
    expect(move(12, 'ArrowDown')).toBe(12);
  });

  it('goes to the first and last cell with Home and End', () => {
    expect(move(6, 'Home')).toBe(0);
    expect(move(6, 'End')).toBe(12);
  });

  it('leaves the clicker’s keys and every other key to the show', () => {
    for (const key of ['PageDown', 'PageUp', 'Enter', ' ', 'b', 'Escape']) expect(move(6, key)).toBeNull();
  });

  it('measures the columns only for the arrows up and down', () => {
    let measured = 0;
    const columns = () => (measured++, 4);
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageDown']) moveGridFocus(6, key, 13, columns);
    expect(measured).toBe(0);
    expect(moveGridFocus(6, 'ArrowDown', 13, columns)).toBe(10);
    expect(measured).toBe(1);
  });

  it('copes with one column, and with no cells', () => {
    expect(moveGridFocus(2, 'ArrowDown', 5, 1)).toBe(3);
    expect(moveGridFocus(2, 'ArrowUp', 5, 0)).toBe(1);
    expect(moveGridFocus(0, 'ArrowRight', 0, 4)).toBeNull();
  });
});

describe('columns as laid out', () => {
  it('counts the cells of the first row, reading no further than the second row’s first', () => {
    const tops = [10, 10, 10.4, 200, 200, 390];
    const read: number[] = [];
    expect(columnsOf(tops.length, (index) => (read.push(index), tops[index]!))).toBe(3);
    expect(read).toEqual([0, 1, 2, 3]);
    expect(columnsOf(1, () => 10)).toBe(1);
    expect(columnsOf(0, () => 10)).toBe(1);
  });
});
