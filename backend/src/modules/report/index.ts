import { Module } from "@medusajs/framework/utils"
import ReportModuleService from "./service"

/*
 * The programme office's reports: plans and their targets, promotion events with the products shown
 * at them, and the sales facts the dashboard and the exports read instead of raw orders (one row per
 * change to a producer order line's net sales, written by order events and replayed by a nightly job).
 */
export const REPORT_MODULE = "report"

export default Module(REPORT_MODULE, { service: ReportModuleService })
