"use client";

import { useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useController, type FieldPath, type FieldValues, type UseControllerProps } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { RuleClause, RuleId } from "@/server/domain/policies/rule-clauses";
import { localized } from "../disputes/localized";
import { FieldGroup } from "../ui/form/field";
import { feedbackToast } from "../ui/form/feedback-toast";

/** DSP-5: the rule IDs cited, one checkbox per clause that applies; each named by its ID, described by its wording. */
export function RulesField<T extends FieldValues, N extends FieldPath<T>, O>(
  props: Pick<UseControllerProps<T, N, O>, "control" | "name"> & {
    clauses: RuleClause[];
    error?: string;
    disabled: boolean;
  },
) {
  const t = useTranslations("adjudication.judge");
  const locale = useLocale();
  const formId = useId();
  const { field } = useController({ control: props.control, name: props.name });
  const value: unknown = field.value;
  const chosen: readonly unknown[] = Array.isArray(value) ? value : [];
  const toggle = (id: RuleId) => field.onChange(chosen.includes(id) ? chosen.filter((r) => r !== id) : [...chosen, id]);
  return (
    <FieldGroup legend={t("rules")} error={props.error} disabled={props.disabled} className="gap-1">
      {props.clauses.map((c, index) => (
        <label
          key={c.id}
          className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-gray-50"
          title={localized(c.text, locale)}
        >
          <input
            type="checkbox"
            ref={index === 0 ? field.ref : undefined}
            checked={chosen.includes(c.id)}
            onChange={() => toggle(c.id)}
            onBlur={field.onBlur}
            aria-labelledby={`${formId}-rule-${c.id}`}
            aria-describedby={`${formId}-text-${c.id}`}
            aria-invalid={props.error ? true : undefined}
            className="mt-0.5 accent-brand-500"
          />
          <span>
            <span id={`${formId}-rule-${c.id}`} className="font-mono text-xs font-semibold">
              {c.id}
            </span>{" "}
            <span id={`${formId}-text-${c.id}`} className="line-clamp-2 text-xs text-gray-600">
              {localized(c.text, locale)}
            </span>
          </span>
        </label>
      ))}
    </FieldGroup>
  );
}

/** The judgment's consequences as the confirmation names them: who is liable, what money goes to whom, and that it is final. */
export function JudgmentConsequence({ lines }: { lines: string[] }) {
  const t = useTranslations("adjudication.judge.consequence");
  return (
    <div className="flex flex-col gap-2">
      <ul className="list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="font-medium text-red-700">{t("final")}</p>
    </div>
  );
}

/**
 * What happens after a judgment or decision goes out: success (replacing a stale error toast)
 * reloads the queue and the case; another admin deciding first says who and reloads the case,
 * whose form then disappears. Other refusals are the form's to show.
 */
export function useJudgmentOutcome(formId: string) {
  const t = useTranslations("adjudication.judge");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(formId);
  return {
    async succeeded() {
      toast.success(t("done"));
      await queryClient.invalidateQueries({ queryKey: trpc.adjudication.queue.pathKey() });
      router.refresh();
    },
    /** True when someone else decided first (the toast says who); false for the form to show. */
    decidedElsewhere(error: unknown): boolean {
      if (!(error instanceof TRPCClientError) || error.data?.code !== "CONFLICT") return false;
      toast.error(t("conflictTitle"), { description: error.message, duration: 10_000 });
      router.refresh();
      return true;
    },
  };
}
