import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { officeIsDark } from "../excel/office-theme";

/** The Fluent theme matching Office's current theme (light when the host does not say). */
export function themeForOffice(): Theme {
  return officeIsDark() ? webDarkTheme : webLightTheme;
}
