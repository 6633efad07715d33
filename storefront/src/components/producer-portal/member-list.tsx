"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { removeMember } from "@/lib/data/producer-account"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import type { ProducerInvite, ProducerMember } from "@/lib/producer-portal/types"
import { formatDate } from "@/lib/util/date"
import { FormMessages } from "./form-messages"
import styles from "./portal.module.css"

type MemberListProps = { members: ProducerMember[]; invites: ProducerInvite[]; me: ProducerMember; canManage: boolean }

/** Who runs the shop and who has been invited; the owner removes members and withdraws invitations. */
export function MemberList({ members, invites, me, canManage }: MemberListProps) {
  const t = useTranslations("ProducerPortal.members")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(removeMember, emptyPortalForm)
  const removeButton = (kind: "member" | "invite", id: string, label: string) => (
    <form action={formAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={styles.linkButton} disabled={pending}>
        {label}
      </button>
    </form>
  )
  return (
    <>
      <FormMessages state={state} saved={t("removed")} />
      <ul className={styles.list}>
        {members.map((member) => (
          <li key={member.id} className={styles.card} data-testid="portal-member">
            <div className={styles.row}>
              <strong>
                {member.name || member.email}{" "}
                {member.id === me.id ? <span className={styles.muted}>{t("you")}</span> : null}
              </strong>
              <span className={styles.badge}>{t(`role.${member.role}`)}</span>
            </div>
            <span className={styles.muted}>{member.email}</span>
            {canManage && member.role !== "owner"
              ? removeButton("member", member.id, t("remove", { name: member.name || member.email }))
              : null}
          </li>
        ))}
      </ul>
      {invites.length ? (
        <section className={styles.section} aria-labelledby="invites-heading">
          <h2 id="invites-heading">{t("invitesHeading")}</h2>
          <ul className={styles.list}>
            {invites.map((invite) => (
              <li key={invite.id} className={styles.row}>
                <span>
                  {invite.email}{" "}
                  <span className={styles.muted}>
                    {t("inviteExpires", { date: formatDate(invite.expires_at, locale) })}
                  </span>
                </span>
                {canManage ? removeButton("invite", invite.id, t("withdraw", { email: invite.email })) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
