import { describe, expect, test } from 'vitest';
import {
  isTaskId,
  taskAnchor,
  taskIndex,
  taskProblems,
  trackTasks,
  type TaskActivity,
  type TaskDeclarer,
} from '../../../src/lib/plan/tasks.ts';

const plan: TaskDeclarer = {
  file: 'content/documents/08-kh-ubnd.md',
  number: '08/KH-UBND',
  tasks: [
    { id: 'tuyen-truyen', title: 'Tuyên truyền pháp luật', lead: 'Văn phòng' },
    { id: 'khen-thuong', title: 'Khen thưởng', lead: 'Hội đồng', partners: 'Các tổ dân phố', due: 'Cả năm' },
  ],
};
const other: TaskDeclarer = {
  file: 'content/documents/12-kh-ubnd.md',
  number: '12/KH-UBND',
  tasks: [{ id: 'tap-huan', title: 'Tập huấn', lead: 'Văn phòng' }],
};

describe('isTaskId', () => {
  test('accepts lower-case ASCII words joined by single hyphens', () => {
    expect(isTaskId('tuyen-truyen')).toBe(true);
    expect(isTaskId('so-ket-2025')).toBe(true);
  });
  test('refuses marks, capitals, spaces, doubled or edge hyphens and overlong ids', () => {
    for (const id of ['tuyên-truyền', 'Tuyen', 'tuyen truyen', 'tuyen--truyen', '-tuyen', 'tuyen-', '', 'a'.repeat(61)])
      expect(isTaskId(id), id).toBe(false);
  });
});

describe('taskIndex', () => {
  test('indexes every task with its document, file and position', () => {
    const index = taskIndex([plan, other]);
    expect([...index.keys()]).toEqual(['tuyen-truyen', 'khen-thuong', 'tap-huan']);
    expect(index.get('khen-thuong')).toEqual({
      ...plan.tasks[1],
      document: '08/KH-UBND',
      file: 'content/documents/08-kh-ubnd.md',
      index: 1,
    });
  });
  test('keeps the first declaration of an id declared twice', () => {
    const twice = { ...other, tasks: [{ id: 'khen-thuong', title: 'Khác', lead: 'Khác' }] };
    expect(taskIndex([plan, twice]).get('khen-thuong')?.document).toBe('08/KH-UBND');
  });
});

describe('taskProblems', () => {
  test('finds nothing when ids are unique and every reference resolves', () => {
    expect(
      taskProblems(
        [plan, other],
        [
          { file: 'content/campaigns/a.md', field: 'task', value: 'tuyen-truyen' },
          { file: 'content/honorees/b.md', field: 'task', value: 'tap-huan' },
        ],
      ),
    ).toEqual([]);
  });
  test('reports an id declared in two documents at the later one, naming the first', () => {
    const twice = { ...other, tasks: [...other.tasks, { id: 'khen-thuong', title: 'Khác', lead: 'Khác' }] };
    expect(taskProblems([plan, twice], [])).toEqual([
      {
        file: 'content/documents/12-kh-ubnd.md',
        field: 'tasks[1].id',
        code: 'error.taskDuplicate',
        params: { id: 'khen-thuong', otherFile: 'content/documents/08-kh-ubnd.md', otherField: 'tasks[1].id' },
      },
    ]);
  });
  test('reports an id declared twice in one document', () => {
    const doubled = { ...plan, tasks: [...plan.tasks, plan.tasks[0]!] };
    expect(taskProblems([doubled], []).map((p) => [p.field, p.params?.['otherField']])).toEqual([
      ['tasks[2].id', 'tasks[0].id'],
    ]);
  });
  test('reports a reference to an undeclared task with the valid ids', () => {
    expect(taskProblems([plan], [{ file: 'content/campaigns/a.md', field: 'task', value: 'tap-huan' }])).toEqual([
      {
        file: 'content/campaigns/a.md',
        field: 'task',
        code: 'error.taskUnknown',
        params: { id: 'tap-huan', ids: 'tuyen-truyen, khen-thuong' },
      },
    ]);
  });
  test('says so when no document declares any task', () => {
    expect(taskProblems([], [{ file: 'x.md', field: 'task', value: 'khen-thuong' }])[0]?.code).toBe('error.taskNone');
  });
});

describe('trackTasks', () => {
  const activity = (over: Partial<TaskActivity>): TaskActivity => ({
    collection: 'honorees',
    id: 'x',
    title: 'X',
    date: '2025-01-01',
    href: '/x/',
    task: 'khen-thuong',
    ...over,
  });
  test('keeps the plan order and lists each task’s entries newest first', () => {
    const tracked = trackTasks(plan.tasks, [
      activity({ id: 'old', date: '2025-03-01' }),
      activity({ id: 'new', date: '2025-10-06' }),
      activity({ id: 'mid', date: '2025-07-16', collection: 'campaigns' }),
      activity({ id: 'stray', task: 'tap-huan' }),
    ]);
    expect(tracked.map((t) => t.task.id)).toEqual(['tuyen-truyen', 'khen-thuong']);
    expect(tracked[0]?.activities).toEqual([]);
    expect(tracked[1]?.activities.map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });
  test('orders entries of the same day by title', () => {
    const tracked = trackTasks(plan.tasks, [activity({ id: 'b', title: 'Đ' }), activity({ id: 'a', title: 'D' })]);
    expect(tracked[1]?.activities.map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('taskAnchor', () => {
  test('prefixes the id so it cannot clash with the document’s unit anchors', () => {
    expect(taskAnchor('khen-thuong')).toBe('nhiem-vu-khen-thuong');
  });
});
