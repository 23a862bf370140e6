/**
 * exceljs's Workbook class from its own module (issue 21 item 5): `require('exceljs')` also loads the
 * streaming reader and writer, which a timesheet never uses (about 600 M instructions of a year's
 * xlsx export). The class is the one the package's index exports, so its types are exceljs's.
 */
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
