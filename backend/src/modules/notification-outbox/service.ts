import fs from "node:fs/promises"
import path from "node:path"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

export type OutboxOptions = { dir: string }

/**
 * E-mail without a mail server: each message is written as a JSON file (to, subject, text, data)
 * into the outbox folder and logged, so a developer or a test reads what a customer would get.
 * An e-mail provider (SendGrid, SES…) replaces it in production.
 */
export class OutboxNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "notification-outbox"

  protected readonly dir_: string
  protected readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options?.dir)
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `The notification-outbox provider needs a "dir" option`)
  }

  constructor({ logger }: { logger: Logger }, options: OutboxOptions) {
    super()
    this.dir_ = options.dir
    this.logger_ = logger
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const { to, template, data, content } = notification
    const id = `${new Date().toISOString().replace(/[:.]/g, "-")}-${template}-${Math.random().toString(36).slice(2, 8)}`
    const message = {
      id,
      to,
      template,
      subject: content?.subject ?? null,
      text: content?.text ?? null,
      data: data ?? null,
    }
    await fs.mkdir(this.dir_, { recursive: true })
    // Written beside, then renamed: whoever reads the outbox never sees half an e-mail.
    const file = path.join(this.dir_, `${id}.json`)
    await fs.writeFile(`${file}.part`, JSON.stringify(message, null, 2))
    await fs.rename(`${file}.part`, file)
    this.logger_.info(
      `E-mail "${message.subject ?? template}" to ${to} written to ${path.join(this.dir_, `${id}.json`)}`
    )
    return { id }
  }
}
