import type { anchorsNl } from './anchors-nl';

export const anchorsEn: typeof anchorsNl = {
  pickerSummary: (section) => `Select a passage in ${section}`,
  pickerLabel: (section) => `Text of ${section} (read only)`,
  pickerHelp: 'Select the passage your comment is about here, with the mouse or with Shift and the arrow keys (with the mouse you can also select in the formatted text above). Then choose "Comment on selection".',
  commentOnSelection: 'Comment on selection',
  nothingSelected: 'First select a passage in the text.',
  tooLong: (max) => `Select at most ${max} characters.`,
  selectedPassage: 'About this passage',
  withoutPassage: 'Comment on the whole section',
  showPassage: 'Show passage',
  passageChanged: 'Passage changed: this text is no longer in the section.',
  notInEditor: 'This passage is no longer in your text as it was.',
};
