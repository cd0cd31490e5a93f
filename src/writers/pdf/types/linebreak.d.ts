declare module 'linebreak' {
  /** A break opportunity: text may wrap before `position`; `required` for hard breaks. */
  export interface Break {
    position: number;
    required: boolean;
  }
  /** The Unicode Line Breaking Algorithm (UAX #14) over one string. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
