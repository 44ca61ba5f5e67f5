/** Standard error when it is a terminal: the only place a progress bar is drawn. */
export interface Terminal {
  readonly columns: number;
  write(text: string): void;
}

export interface Progress {
  update(label: string, done: number, total: number): void;
  /** Erases the bar, before any other line is written and when the work ends. */
  clear(): void;
}

const BAR_MAX = 40;
const BAR_MIN = 10;

/** "articles [##########----------] 12/24", fitted to the terminal's width. */
export const progressLine = (label: string, done: number, total: number, columns: number): string => {
  const count = `${done}/${total}`;
  const width = Math.max(BAR_MIN, Math.min(BAR_MAX, columns - label.length - count.length - 5));
  const filled = total === 0 ? width : Math.min(width, Math.round((done / total) * width));
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}`;
};

const ERASE_LINE = '\r\u001b[2K';

/** A bar redrawn in place on a terminal, and nothing at all elsewhere: there the summary line tells the outcome. */
export const progress = (terminal: Terminal | undefined): Progress => {
  let shown = false;
  return {
    update: (label, done, total) => {
      if (!terminal) return;
      terminal.write(`${ERASE_LINE}${progressLine(label, done, total, terminal.columns)}`);
      shown = true;
    },
    clear: () => {
      if (terminal && shown) terminal.write(ERASE_LINE);
      shown = false;
    },
  };
};
