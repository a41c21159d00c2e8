/** The public face of reports/: what other features and the app may import from it. */
export { PrintAccountReport, PrintLayout, PrintPortfolio } from './PrintPages';
export { AccountReportPage, PortfolioPage, ReportsPage } from './ReportPages';
