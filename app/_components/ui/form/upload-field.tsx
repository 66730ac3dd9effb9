"use client";

import { useState } from "react";
import { useController, type FieldPath, type FieldValues, type UseControllerProps } from "react-hook-form";
import { FileUploader, type FileUploaderProps } from "../../evidence/file-uploader";
import type { UploadedFile } from "../../evidence/uploaded-file";

/**
 * Uploads kept in the form as the file ids the schema takes — a list, or one id (`oneId`) —
 * while the uploader shows the files themselves. A field the form adds later (a slot of a
 * record) takes `defaultValue` ([] for a list), so the schema sees a list.
 */
export function UploadField<T extends FieldValues, N extends FieldPath<T>, O>(
  props: Pick<UseControllerProps<T, N, O>, "control" | "name" | "defaultValue"> &
    Pick<FileUploaderProps, "purpose" | "accept" | "label" | "disabled"> & {
      multiple?: boolean;
      /** The schema takes one file id, not a list. */
      oneId?: boolean;
      error?: string;
    },
) {
  const { field } = useController({
    control: props.control,
    name: props.name,
    defaultValue: props.defaultValue,
    shouldUnregister: true,
  });
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const value: unknown = field.value;
  const ids = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  // The form's value decides (a reset empties the list); the files give it names and previews.
  const shown = files.filter((file) => ids.includes(file.id));
  return (
    <FileUploader
      purpose={props.purpose}
      accept={props.accept}
      multiple={props.multiple}
      label={props.label}
      disabled={props.disabled}
      error={props.error}
      value={shown}
      onChange={(next) => {
        setFiles(next);
        field.onChange(props.oneId ? next[0]?.id : next.map((file) => file.id));
      }}
    />
  );
}
