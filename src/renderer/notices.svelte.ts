/** Messages for the person at the screen about what could not be done as asked. */
export class Notices {
  messages: string[] = $state([]);

  constructor(initial: readonly string[] = []) {
    this.messages = [...initial];
  }

  add = (message: string): void => {
    if (!this.messages.includes(message)) this.messages = [...this.messages, message];
  };

  clear = (): void => {
    this.messages = [];
  };
}
