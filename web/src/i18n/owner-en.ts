import type { ownerNl } from './owner-nl';

/** The texts of the owner's and coach's helpers, English; the keys are those of owner-nl.ts. */
export const ownerEn: typeof ownerNl = {
  readiness: {
    title: 'What is still needed?',
    nextStep: (step: string) => `For the next step: ${step}`,
    complete: 'Everything is complete for this step.',
    refused: (items: string) => `This step cannot be taken yet. Still needed: ${items}`,
    steps: {
      SUBMIT: 'submit the application',
      PROVIDE_INFORMATION: 'answer the question and resubmit',
      SUBMIT_FOR_ASSESSMENT: 'submit for assessment',
    },
    items: {
      intake_field_missing: (field: string) => `not filled in yet: ${field}`,
      werkblad_not_ready: 'werkblad not yet marked ready by the coach',
      werkblad_feedback_requested: 'werkblad not yet marked ready by the coach (feedback has been requested)',
      handbook_missing: 'handbook missing',
      process_evaluation_missing: 'process evaluation missing',
      effect_study_missing: (level: string) => `effect study missing for target level ${level}`,
    },
  },
  confirm: {
    cancel: 'Cancel',
    markReadyTitle: 'Mark the werkblad ready for assessment?',
    markReadyText:
      'The werkblad is frozen as it is now and the owner can no longer edit it. The owner is notified and can submit the description for assessment once the documents are complete.',
    markReadyConfirm: 'Yes, ready for assessment',
    publishTitle: 'Publish in the databank?',
    publishText:
      'The listing below becomes public in the Databank of effective social interventions, for anyone to find without logging in. The owner is notified. Publishing cannot be undone; you can update the text later.',
    publishConfirm: 'Yes, publish',
    publishReview: 'Preview and publish',
    previewTitle: 'Preview of the public listing',
    previewUrl: (url: string) => `Address once published: ${url}`,
    previewFrame: (title: string) => `Public page of ${title}, as it will appear once published`,
  },
  formatting: {
    toolbar: (section: string) => `Formatting of ${section}`,
    heading: 'Heading',
    list: 'List',
    hint: 'Or type ## at the start of a line for a heading, - for a list item.',
  },
  werkbladContents: {
    title: 'Contents of the werkblad',
    empty: 'empty',
    words: (n: number) => (n === 1 ? '1 word' : `${n} words`),
    openComments: (n: number) => (n === 1 ? '1 open comment' : `${n} open comments`),
  },
};
