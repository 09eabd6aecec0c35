/** Whether Office shows its dark theme (false outside Office and in hosts without theming). */
export function officeIsDark(): boolean {
  // officeTheme is missing outside Office and in hosts without theming, so read it defensively.
  const officeTheme = (Office.context as Partial<Office.Context> | undefined)?.officeTheme;
  return officeTheme?.isDarkTheme === true;
}
