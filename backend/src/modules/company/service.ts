import { MedusaService } from "@medusajs/framework/utils"
import { Company } from "./models/company"
import { CompanyAddress } from "./models/company-address"
import { CompanyApproval } from "./models/company-approval"
import { CompanyInvite } from "./models/company-invite"
import { CompanyStaff } from "./models/company-staff"
import { PurchaseList } from "./models/purchase-list"
import { PurchaseListItem } from "./models/purchase-list-item"

export default class CompanyModuleService extends MedusaService({
  Company,
  CompanyStaff,
  CompanyInvite,
  CompanyAddress,
  CompanyApproval,
  PurchaseList,
  PurchaseListItem,
}) {}
