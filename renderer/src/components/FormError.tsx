interface FormErrorProps {
  message: string | undefined;
}

/** The refusal that belongs to the form as a whole; announced as soon as it appears. */
export function FormError({ message }: FormErrorProps) {
  if (!message) return null;
  return (
    <p className="message message-error" role="alert">
      {message}
    </p>
  );
}
