import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/text';

export type VoteChoice = 'Ja' | 'Nej' | 'Ved ikke';

export interface NewDecision {
  text: string;
  /** Word typed into the symbol search, and the pictogram to choose. */
  pictogram?: { search: string; name: string };
  responsible?: string;
}

/** /meetings/:id/during — "Under mødet": full-screen meeting mode on the shared tablet. */
export class MeetingModePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly staffControls: Locator;
  readonly attendanceButton: Locator;
  readonly attendanceDialog: Locator;
  readonly voteChoices: Locator;
  readonly decisionDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.staffControls = page.getByRole('navigation', { name: 'Styring for medarbejdere' });
    this.attendanceButton = this.staffControls.getByRole('button', { name: /^Fremmøde/ });
    this.attendanceDialog = page.getByRole('dialog', { name: 'Hvem er her i dag?' });
    this.voteChoices = this.main.getByRole('group', { name: 'Vælg', exact: true });
    this.decisionDialog = page.getByRole('dialog', { name: /beslutning$/ });
  }

  // ——— start screen ———

  async expectStartScreen(): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 1, name: 'Mødet begynder' })).toBeVisible();
  }

  async start(): Promise<void> {
    await this.main.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(this.progress).toBeVisible();
  }

  // ——— items ———

  /** "Punkt n af m" in the top bar. */
  get progress(): Locator {
    return this.page
      .getByRole('banner')
      .getByRole('paragraph')
      .filter({ hasText: /^(Punkt \d+ af \d+|Pause)$/ });
  }

  async expectItem(title: string, progress?: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
    if (progress) await expect(this.progress).toHaveText(progress);
  }

  async next(): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Næste' }).click();
  }

  async previous(): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Forrige' }).click();
  }

  /** Moves forward until the item with this title is shown. */
  async goToItem(title: string, maxSteps = 10): Promise<void> {
    for (let i = 0; i < maxSteps && (await this.heading.textContent()) !== title; i++) {
      const before = await this.heading.textContent();
      await this.next();
      await expect(this.heading).not.toHaveText(before ?? '');
    }
    await expect(this.heading).toHaveText(title);
  }

  // ——— attendance ———

  async openAttendance(): Promise<void> {
    await this.attendanceButton.click();
    await expect(this.attendanceDialog).toBeVisible();
  }

  person(name: string): Locator {
    return this.attendanceDialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)} `) });
  }

  /** Taps a member's photo: marks them present. */
  async markPresent(name: string): Promise<void> {
    const person = this.person(name);
    await person.click();
    await expect(person).toHaveAttribute('aria-pressed', 'true');
    await expect(person).toContainText('Til stede');
  }

  async closeAttendance(): Promise<void> {
    await this.attendanceDialog.getByRole('button', { name: 'Færdig' }).click();
    await expect(this.attendanceDialog).toBeHidden();
  }

  async expectAttendanceCount(present: number, total: number): Promise<void> {
    await expect(this.attendanceButton).toHaveAccessibleName(`Fremmøde ${present} af ${total} til stede`);
  }

  // ——— vote ———

  async openVote(question?: string): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Start afstemning' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start afstemning' });
    await expect(dialog).toBeVisible();
    if (question !== undefined) await dialog.getByLabel('Spørgsmål').fill(question);
    await dialog.getByRole('button', { name: 'Start afstemningen' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.voteChoices).toBeVisible();
  }

  /** The live "Sådan har I stemt (n af m har stemt)" heading while the vote is open. */
  get liveTotal(): Locator {
    return this.main.getByRole('heading', { name: /^Sådan har I stemt/ });
  }

  /** Who can vote in an open vote: tap a person, then their answer. */
  get voterStrip(): Locator {
    return this.main.getByRole('list', { name: 'Dem, der kan stemme' });
  }

  /**
   * Taps who votes (the named person, or the first who has not voted), then one of the big
   * answer buttons, and waits until the vote is counted on screen.
   */
  async cast(choice: VoteChoice, voter?: string): Promise<void> {
    const before = await this.votesCounted();
    const person = voter
      ? this.voterStrip.getByRole('button', { name: new RegExp(`^${escapeRegExp(voter)}`) })
      : this.voterStrip.getByRole('button').and(this.page.locator(':enabled')).first();
    await person.click();
    await expect(person).toHaveAttribute('aria-pressed', 'true');
    await this.voteChoices.getByRole('button', { name: choice, exact: true }).click();
    await expect(this.liveTotal).toHaveText(new RegExp(`\\(${before + 1} af \\d+ har stemt\\)`));
  }

  async votesCounted(): Promise<number> {
    const text = (await this.liveTotal.textContent()) ?? '';
    return Number(/\((\d+) af \d+ har stemt\)/.exec(text)?.[1] ?? Number.NaN);
  }

  /** The result row of one choice in the tally shown in the main area. */
  tallyRow(choice: VoteChoice): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByText(choice, { exact: true }) })
      .filter({ has: this.page.getByRole('img', { name: /stemmer?$/ }) });
  }

  /** One mark per vote: the number of drawn marks, and their text alternative. */
  async expectMarks(choice: VoteChoice, count: number): Promise<void> {
    const marks = this.tallyRow(choice).getByRole('img', { name: count === 1 ? '1 stemme' : `${count} stemmer` });
    await expect(marks).toBeVisible();
    await expect(marks.locator('svg')).toHaveCount(count);
  }

  /** Closes the vote; when some have not voted, the bar asks first and this confirms. */
  async closeVote(): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Luk afstemningen' }).click();
    const closed = this.main.getByRole('heading', { name: 'Afstemningen er slut' });
    const confirm = this.staffControls.getByRole('button', { name: 'Ja, luk afstemningen' });
    await expect(closed.or(confirm)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
    await expect(closed).toBeVisible();
  }

  get closedResult(): Locator {
    return this.main.getByRole('region', { name: 'Afstemningen er slut' });
  }

  // ——— decision ———

  async openDecisionForm(): Promise<void> {
    await this.staffControls.getByRole('button', { name: 'Skriv beslutning' }).click();
    await expect(this.decisionDialog).toBeVisible();
  }

  async writeDecision(decision: NewDecision): Promise<void> {
    await this.openDecisionForm();
    const dialog = this.decisionDialog;
    await dialog.getByLabel('Hvad har I besluttet?').fill(decision.text);
    if (decision.pictogram) {
      // The same symbol picker as the agenda, opened over the decision form.
      await dialog.getByRole('button', { name: /^Vælg piktogram: Billede til beslutningen$/ }).click();
      const picker = this.page.getByRole('dialog', { name: 'Vælg et piktogram' });
      await picker.getByRole('searchbox', { name: 'Søg efter billede' }).fill(decision.pictogram.search);
      // The tile of the symbol chosen now carries a check mark in its name.
      await picker
        .getByRole('button', { name: new RegExp(`^✓?\\s*${escapeRegExp(decision.pictogram.name)}\\s*✓?$`) })
        .click();
      await expect(picker).toBeHidden();
      await expect(dialog.getByText(`Piktogram: ${decision.pictogram.name}`)).toBeVisible();
    }
    if (decision.responsible)
      await dialog.getByLabel('Hvem sørger for det?').selectOption({ label: decision.responsible });
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect(dialog).toBeHidden();
  }

  get decisions(): Locator {
    return this.main.getByRole('region', { name: 'Det har vi besluttet' }).getByRole('article');
  }

  // ——— end ———

  /** Moves forward to the last item, where "Næste" becomes "Afslut mødet". */
  async goToEnd(maxSteps = 20): Promise<void> {
    const finish = this.staffControls.getByRole('button', { name: 'Afslut mødet' });
    for (let i = 0; i < maxSteps && !(await finish.isVisible()); i++) {
      const before = await this.heading.textContent();
      await this.next();
      await expect(this.heading).not.toHaveText(before ?? '');
    }
    await expect(finish).toBeVisible();
  }

  async finish(): Promise<void> {
    await this.goToEnd();
    await this.staffControls.getByRole('button', { name: 'Afslut mødet' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Afslut mødet?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Afslut mødet' }).click();
    await expect(this.page).toHaveURL(/\/after$/);
  }
}
