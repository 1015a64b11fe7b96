import type { ImportMessages } from './import-nl';

export const importEn: ImportMessages = {
  section: {
    title: 'Import from the previous databank',
    text: 'Take over published interventions and running applications from a CSV export, with a dry run first.',
  },
  title: 'Import from the previous databank',
  intro:
    'Choose what you import, for which committee, and the CSV file. The dry run first checks every row without saving anything; then you import the whole file at once. Importing the same file again changes nothing; a changed row updates what it created earlier. The columns are described in the README, with example files in docs/import/.',
  kind: 'What do you import?',
  kinds: {
    listings: 'Published interventions (databank listings)',
    cases: 'Running applications',
  },
  committee: 'Committee',
  chooseCommittee: 'Choose a committee',
  file: 'CSV file',
  fileHint: 'UTF-8, separated by semicolons or commas; the first line names the columns.',
  fileMissing: 'Choose a CSV file.',
  kindMissing: 'Choose what you import.',
  committeeMissing: 'Choose a committee.',
  check: 'Check (dry run)',
  reportTitle: 'Result of the dry run',
  doneTitle: 'Result of the import',
  counts: (c) => `${c.rows} rows: ${c.create} new, ${c.update} updated, ${c.unchanged} unchanged, ${c.invalid} with problems.`,
  valid: 'The file has no problems and can be imported.',
  nothingToDo: 'Every row has already been imported like this; nothing changes.',
  invalid: (n) => (n === 1 ? 'The file has 1 problem. Correct it and check again; nothing was saved.' : `The file has ${n} problems. Correct them and check the file again; nothing was saved.`),
  problemsCaption: 'Problems per row',
  columns: { row: 'Row', column: 'Column', problem: 'Problem' },
  wholeFile: 'whole file',
  rowsCaption: 'What happens to each row',
  rowColumns: { row: 'Row', key: 'Key (slug or reference)', action: 'Action' },
  actions: { create: 'new', update: 'update', unchanged: 'unchanged', invalid: 'problem' },
  import: 'Import',
  confirmTitle: 'Import the file?',
  confirmListings: (create, update, committee) =>
    `${create} interventions will be published in the public databank of ${committee} and ${update} existing imported listings will be updated. They can be found at once in the search, the open data and the feed.`,
  confirmCases: (create, update, committee) =>
    `${create} running applications will be created for ${committee} and ${update} imported earlier will be updated, each in the phase the file gives. The secretariat sees them in the lists at once.`,
  confirmWho:
    'Nobody gets an e-mail about this. An owner with an account becomes owner at once; an owner without one gets an invitation and becomes owner on registering with the same e-mail address and organisation. The history of each application says "imported".',
  confirm: 'Yes, import',
  cancel: 'Cancel',
  imported: (c) => `Imported: ${c.create} new, ${c.update} updated, ${c.unchanged} unchanged.`,
};
