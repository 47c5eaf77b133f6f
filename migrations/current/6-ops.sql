-- Operator commands (npm run ops).
--
-- Renormalising (npm run ops -- renormalize) rewrites the derived forms of
-- every name a dictionary change touches: compare/base forms and the
-- normaliser version, never the name itself. That is one system change, which
-- the command records as one audit event (table app_private.normalizer_versions),
-- not millions of row events. So the audit triggers of employers and aliases
-- ignore an update that changes nothing but those derived columns, the way the
-- users trigger ignores last_login_at. A change of name still writes its row,
-- with the old and new forms in before/after.
drop trigger if exists _500_audit on app_public.aliases;
drop trigger if exists _500_audit on app_public.employers;

create trigger _500_audit after insert or update or delete on app_public.employers
  for each row execute function app_hidden.tg__audit('id', 'compare_name', 'base_name', 'normalizer_version');
create trigger _500_audit after insert or update or delete on app_public.aliases
  for each row execute function app_hidden.tg__audit('id', 'compare_form', 'base_form', 'normalizer_version');
