import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateParams, validateQuery } from "../../../validate-request"
import { AdminIndicatorBreakdown, AdminIndicatorParams, AdminIndicatorTrend } from "./indicators/validators"
import {
  AdminCreatePlan,
  AdminCreatePlanTarget,
  AdminPlanProgress,
  AdminUpdatePlan,
  AdminUpdatePlanTarget,
} from "./plans/validators"
import { AdminRegisterExport } from "./register.xlsx/validators"

// The programme office's plans, indicators and register (issue 20). Admin routes are authenticated by Medusa.
export const reportPlansMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ocop/reports/plans", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePlan)] },
  {
    matcher: "/admin/ocop/reports/plans/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePlan)],
  },
  {
    matcher: "/admin/ocop/reports/plans/:id/targets",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePlanTarget)],
  },
  {
    matcher: "/admin/ocop/reports/plans/:id/targets/:target_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePlanTarget)],
  },
  {
    matcher: "/admin/ocop/reports/plans/:id/progress",
    methods: ["GET"],
    middlewares: [validateQuery(AdminPlanProgress)],
  },
  {
    matcher: "/admin/ocop/reports/plans/:id/progress.xlsx",
    methods: ["GET"],
    middlewares: [validateQuery(AdminPlanProgress)],
  },
  {
    matcher: "/admin/ocop/reports/indicators/:code/trend",
    methods: ["GET"],
    middlewares: [validateParams(AdminIndicatorParams), validateQuery(AdminIndicatorTrend)],
  },
  {
    matcher: "/admin/ocop/reports/indicators/:code/breakdown",
    methods: ["GET"],
    middlewares: [validateParams(AdminIndicatorParams), validateQuery(AdminIndicatorBreakdown)],
  },
  {
    matcher: "/admin/ocop/reports/register.xlsx",
    methods: ["GET"],
    middlewares: [validateQuery(AdminRegisterExport)],
  },
]
