--! Previous: sha1:f235e2dd544f4a5cde530bcbecd94d652d81a4e1
--! Hash: sha1:4d373745948a967a753b3bac6d3106272beca485
--! Message: Registry core: normaliser, legal forms, employers, identifiers, aliases, distinctions, merges, search

--! split: 1-normaliser.sql
-- The name normaliser: one versioned function family in the database, so that
-- stored compare forms, imports and search always agree.
--
--   name_compare_form  exact matching: NFKC, accents and case folded, & -> and,
--                      dots and apostrophes dropped, other punctuation -> space,
--                      "t/as" -> "trading as", "ATF"/"(as|the) trustee(s) for" ->
--                      "atf", legal forms at the start and end of each part
--                      replaced by their compare form ("pty ltd" -> "ltd")
--   name_base_form     the same without any legal form: fuzzy matching
--   name_generic_form  the same with legal forms as their generic class (llc, jsc, ...)
--   name_display_form  the name tidied and in NFKC, legal forms shortened (Siemens AG)
--   strip_legal_forms  the name as written (same characters) without legal forms
--   name_legal_forms   which legal forms were found (the rules that fired)
--   split_trading_name entity, trading and trust names of "X ATF Y T/A Z"
--
-- Deliberate choices (see data/reference/README.md for the dictionary):
-- * Legal forms count only at the START and END of a name (or of each part
--   around "trading as" / "atf"), repeatedly ("llc siemens llc", "siemens
--   aktiengesellschaft gmbh"), never in the middle: "Limited Edition Products",
--   "Bank of America National Association Services" keep their words.
-- * At the start only forms that languages write first count: those in other
--   scripts (ООО, АО, к.д.) and a short list of Latin ones (LLC, OAO, JSC,
--   GmbH, SIA: data/reference/legal_form_positions.csv). Latin letters at the
--   start of a name are initials far more often than legal forms ("AB
--   Plumbing", "SA Water", "CIC Group", "A S Smith"), and English legal words
--   there are names ("Limited Edition Products"). The same file keeps ordinary
--   words out everywhere ("in": "Plug In", "o.p.s." = "ops": "Site Ops").
-- * At the end every form counts, short ones too (Co, SA, AG, NV, AS): the
--   price is that "Acme Plumbing SA" (South Australia) and "Day Spa" (S.p.A.)
--   lose that word in their base form; their compare forms keep it (sa, spa),
--   so exact matching is not affected.
-- * A name never loses its last word: "Limited Pty Ltd" -> "limited ltd"
--   (compare), "limited" (base); "Inc", "AMBA", "COOP" stay themselves. A name
--   with no letter or digit ("!!!") is compared as written, lower-cased.
--   Only a name with nothing visible at all gives ''.
-- * Rows with action "none" are recorded but are not legal forms here, as in
--   rigour: they are left in place.
-- * The dictionary is compiled (app_private.compile_legal_forms) into
--   app_hidden.legal_form_lookup, a function whose body is a jsonb literal: the
--   planner folds it into a constant once per session, so a lookup is a binary
--   search in memory, not a query. Installing a dictionary replaces that
--   function (plans that inlined it are invalidated) and records a new
--   normalizer_versions row. A later migration that changes the functions
--   here ends with select app_private.compile_legal_forms('why'), so the change
--   gets a version of its own and npm run ops -- renormalize can catch up.
--
-- Relies on the database's ctype being UTF-8 aware (C.UTF-8 as created by the
-- bootstrap): lower() and [[:alnum:]] must know non-ASCII letters.
drop function if exists app_private.compile_legal_forms(text);
drop function if exists app_hidden.split_trading_name(text);
drop function if exists app_hidden.name_legal_forms(text);
drop function if exists app_hidden.strip_legal_forms(text);
drop function if exists app_hidden.name_display_form(text);
drop function if exists app_hidden.name_generic_form(text);
drop function if exists app_hidden.name_base_form(text);
drop function if exists app_hidden.name_compare_form(text);
drop function if exists app_hidden.name_edit(text, text);
drop function if exists app_hidden.name_form(text, text);
drop function if exists app_hidden.normalizer_version();
drop function if exists app_hidden.legal_form_lookup(text);
drop function if exists app_hidden.name_tidy(text);
drop function if exists app_hidden.name_clean(text);
drop table if exists app_private.normalizer_versions cascade;
drop table if exists app_private.legal_form_positions cascade;
drop table if exists app_private.legal_forms cascade;

-------------------------------------------------------------------------------
-- The dictionary: one row per spelling, as loaded from data/reference/ (by
-- 2-legal-forms.sql, generated, or npm run ops -- renormalize). The derived
-- columns are filled by app_private.compile_legal_forms().
create table app_private.legal_forms (
  id integer generated always as identity primary key,
  source text not null constraint source_known check (source in ('rigour', 'local')),
  type_index integer,
  spelling text not null constraint spelling_not_blank check (btrim(spelling) <> ''),
  display_form text,
  compare_value text,
  action text not null constraint action_known check (action in ('replace', 'remove', 'none')),
  generic_class text,
  note text,
  -- derived:
  match_key text,
  compare_form text,
  generic_form text,
  allowed_at text constraint allowed_at_known check (allowed_at in ('start_or_end', 'end', 'nowhere')),
  is_compiled boolean not null default false
);
create index legal_forms_match_key_idx on app_private.legal_forms (match_key);
alter table app_private.legal_forms enable row level security;
comment on table app_private.legal_forms is 'Legal-form spellings (Pty Ltd, GmbH, P/L, ...) from data/reference/: what the normaliser recognises at the start and end of names.';
comment on column app_private.legal_forms.source is 'rigour: data/reference/legal_forms.csv (opensanctions/rigour org_types, MIT); local: data/reference/legal_forms_local.csv (this project).';
comment on column app_private.legal_forms.type_index is 'The org type the spelling belongs to in rigour (spellings of one type share display and compare forms).';
comment on column app_private.legal_forms.compare_value is 'The compare form as given in the file (before cleaning).';
comment on column app_private.legal_forms.action is 'replace: written as its compare form; remove: dropped from compare forms; none: recorded only (not treated as a legal form).';
comment on column app_private.legal_forms.match_key is 'The spelling through the same token cleaning as names (app_hidden.name_clean): what is looked up.';
comment on column app_private.legal_forms.compare_form is 'What a compare form writes for this spelling ('''' for remove), after following chains (ltda -> ltd).';
comment on column app_private.legal_forms.generic_form is 'What the generic form writes: the generic class (llc, jsc, ...) or, without one, the compare form.';
comment on column app_private.legal_forms.allowed_at is 'Where the spelling counts as a legal form: start_or_end, end, or nowhere (see legal_form_positions and the rules in compile_legal_forms).';
comment on column app_private.legal_forms.is_compiled is 'True for the one row per match key that the compiled lookup uses.';

-- Hand-made exceptions to where a spelling counts (data/reference/legal_form_positions.csv).
create table app_private.legal_form_positions (
  spelling text primary key,
  allowed_at text not null constraint allowed_at_known check (allowed_at in ('start_or_end', 'end', 'nowhere')),
  reason text not null
);
alter table app_private.legal_form_positions enable row level security;
comment on table app_private.legal_form_positions is 'Exceptions to the automatic position rules: spellings that are ordinary words ("in") or that count only at the end.';

-- Every dictionary (and normaliser code) that produced stored compare forms.
create table app_private.normalizer_versions (
  version integer primary key,
  dictionary_hash text not null,
  code_hash text not null,
  spelling_count integer not null,
  created_at timestamptz not null default now(),
  note text
);
alter table app_private.normalizer_versions enable row level security;
comment on table app_private.normalizer_versions is 'One row per installed normaliser: the dictionary and code it was compiled from. Stored forms name the version that made them.';

-------------------------------------------------------------------------------
-- Token cleaning: the text that compare forms and dictionary match keys share.
-- "t/as", "trading as/under" become "trading as"; "(as|the) trustee(s) for"
-- becomes "atf" (before punctuation goes, since t/a needs its slash).
create function app_hidden.name_clean(name text) returns text
  language sql stable parallel safe
  as $$
    select btrim(regexp_replace(
      translate(
        replace(
          regexp_replace(regexp_replace(
            lower(public.unaccent(normalize(name, NFKC))),
            '(^|[^[:alnum:]])(?:t ?/ ?as?|trading\s+(?:as|under))(?=[^[:alnum:]]|$)', '\1 trading as ', 'g'),
            '(^|[^[:alnum:]])(?:(?:as|the)\s+)?trustees?\s+for(?=[^[:alnum:]]|$)', '\1 atf ', 'g'),
          '&', ' and '),
        '.''’‘ʼ`´', ''),
      '[^[:alnum:]]+', ' ', 'g'))
  $$;
comment on function app_hidden.name_clean(text) is 'A name as lower-case words: NFKC, accents folded, & as and, dots and apostrophes dropped, other punctuation as spaces, trading-as and trustee markers canonical. No legal-form handling.';

-- The name as written, made safe to show: control and invisible formatting
-- characters (zero-width, bidi overrides, soft hyphens) out, whitespace
-- collapsed, trimmed. No NFKC: strip_legal_forms keeps the characters.
create function app_hidden.name_tidy(name text) returns text
  language sql immutable parallel safe
  as $$
    select btrim(regexp_replace(
      regexp_replace(name, '[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]', '', 'g'),
      '[[:space:][:cntrl:]\u2028\u2029]+', ' ', 'g'))
  $$;
comment on function app_hidden.name_tidy(text) is 'The name as written: control and invisible formatting characters removed, whitespace collapsed, trimmed.';

-- Replaced by app_private.compile_legal_forms() with the compiled dictionary:
-- keys '<word' / '>word' give the longest legal form (in words) that starts /
-- ends with that word, '^form' / '$form' the entry of a form allowed at the
-- start / end: [compare form, generic form, display form, match key].
create function app_hidden.legal_form_lookup(key text) returns jsonb
  language sql immutable parallel safe
  as $$ select null::jsonb $$;

create function app_hidden.normalizer_version() returns integer
  language sql stable parallel safe
  as $$ select 0 $$;
comment on function app_hidden.normalizer_version() is 'The version of the installed normaliser (app_private.normalizer_versions), stored beside every compare form it makes.';

-------------------------------------------------------------------------------
-- The word forms: compare, base and generic. One pass replaces the legal forms
-- at the edges of each part; forms written out can meet and make another
-- ("& co" + "pty ltd" -> "co ltd", itself a form), so passes repeat until the
-- text is settled: that makes the result idempotent.
create function app_hidden.name_form(name text, mode text) returns text
  language plpgsql stable parallel safe
  as $$
declare
  v_text text;
  v_out text;
  v_parts text[];
  v_seg text;
  v_head text;
  v_tail text;
  v_entry jsonb;
  v_field integer := case mode when 'generic' then 1 else 0 end;
  v_keep_forms boolean := mode <> 'base';
  t text[];
  i integer;
  j integer;
  g integer;
  found_one boolean;
begin
  if name is null then
    return null;
  end if;
  v_text := app_hidden.name_clean(name);
  if v_text = '' then
    -- Nothing but punctuation and symbols ("!!!", "..."): compared as written.
    return lower(normalize(app_hidden.name_tidy(name), NFKC));
  end if;
  for v_pass in 1..4 loop
    if strpos(v_text, 'trading as') > 0 or strpos(v_text, 'atf') > 0 then
      v_parts := string_to_array(regexp_replace(v_text, '(^| )(trading as|atf)(?= |$)', '|\2|', 'g'), '|');
    else
      v_parts := array[v_text];
    end if;
    for k in 1..cardinality(v_parts) by 2 loop
      v_seg := btrim(v_parts[k]);
      if v_seg = '' then
        v_parts[k] := null;
        continue;
      end if;
      t := string_to_array(v_seg, ' ');
      i := 1;
      j := cardinality(t);
      v_head := null;
      v_tail := null;
      -- legal forms at the start (the last word always stays)
      while j > i loop
        g := (app_hidden.legal_form_lookup('<' || t[i]))::integer;
        exit when g is null;
        found_one := false;
        for len in reverse least(g, j - i)..1 loop
          v_entry := app_hidden.legal_form_lookup('^' || array_to_string(t[i:i + len - 1], ' '));
          if v_entry is not null then
            if v_keep_forms then
              v_head := concat_ws(' ', v_head, nullif(v_entry ->> v_field, ''));
            end if;
            i := i + len;
            found_one := true;
            exit;
          end if;
        end loop;
        exit when not found_one;
      end loop;
      -- legal forms at the end
      while j > i loop
        g := (app_hidden.legal_form_lookup('>' || t[j]))::integer;
        exit when g is null;
        found_one := false;
        for len in reverse least(g, j - i)..1 loop
          v_entry := app_hidden.legal_form_lookup('$' || array_to_string(t[j - len + 1:j], ' '));
          if v_entry is not null then
            if v_keep_forms then
              v_tail := concat_ws(' ', nullif(v_entry ->> v_field, ''), v_tail);
            end if;
            j := j - len;
            found_one := true;
            exit;
          end if;
        end loop;
        exit when not found_one;
      end loop;
      v_parts[k] := concat_ws(' ', v_head, array_to_string(t[i:j], ' '), v_tail);
    end loop;
    v_out := array_to_string(v_parts, ' ');
    exit when v_out = v_text;
    v_text := v_out;
  end loop;
  return v_out;
end;
$$;
comment on function app_hidden.name_form(text, text) is 'The word forms of a name (mode compare, base or generic); see app_hidden.name_compare_form.';

create function app_hidden.name_compare_form(name text) returns text
  language sql stable parallel safe
  as $$ select app_hidden.name_form(name, 'compare') $$;
comment on function app_hidden.name_compare_form(text) is 'The compare form of a name, for exact matching: "ACME Constructions Pty. Limited" -> "acme constructions ltd".';

create function app_hidden.name_base_form(name text) returns text
  language sql stable parallel safe
  as $$ select app_hidden.name_form(name, 'base') $$;
comment on function app_hidden.name_base_form(text) is 'The compare form without legal forms, for fuzzy matching: "ACME Constructions P/L" -> "acme constructions".';

create function app_hidden.name_generic_form(name text) returns text
  language sql stable parallel safe
  as $$ select app_hidden.name_form(name, 'generic') $$;
comment on function app_hidden.name_generic_form(text) is 'The compare form with legal forms as their generic class: "Siemens AG" -> "siemens jsc".';

-------------------------------------------------------------------------------
-- The written forms: display, strip and the list of forms found. The name is
-- cut into pieces (runs of letters, digits, dots and apostrophes, or "&") and
-- the separators between them, so that legal forms can be replaced or cut
-- while everything else stays exactly as written.
create function app_hidden.name_edit(name text, mode text) returns text
  language plpgsql stable parallel safe
  as $$
declare
  v_text text;
  v_out text;
  v_is_upper boolean;
  v_parts text[];
  v_seg text;
  v_seg_out text;
  v_pieces text[];
  v_seps text[];
  v_units text[];
  v_form_from integer[];
  v_form_to integer[];
  v_form_entry jsonb[];
  v_forms jsonb := '[]';
  v_entry jsonb;
  v_span text;
  v_display text;
  n integer;
  i integer;
  j integer;
  g integer;
  p integer;
  f integer;
  found_one boolean;
begin
  if name is null then
    return null;
  end if;
  v_text := app_hidden.name_tidy(case when mode = 'display' then normalize(name, NFKC) else name end);
  for v_pass in 1..3 loop
    v_is_upper := v_text = upper(v_text) and v_text <> lower(v_text);
    -- Parts: the name around "t/as", "trading as", "ATF", "(as|the) trustee for" (kept as written).
    v_parts := string_to_array(regexp_replace(v_text,
      '(^|[^[:alnum:]])(t ?/ ?as?|trading\s+(?:as|under)|(?:(?:as|the)\s+)?trustees?\s+for|a\.?t\.?f\.?)(?=[^[:alnum:]]|$)',
      '\1' || chr(1) || '\2' || chr(1), 'gi'), chr(1));
    for k in 1..cardinality(v_parts) by 2 loop
      v_seg := v_parts[k];
      v_pieces := array(select m[1] from regexp_matches(v_seg, '([[:alnum:]''’.]*[[:alnum:]][[:alnum:]''’.]*|&)', 'g') as m);
      n := cardinality(v_pieces);
      if n = 0 then
        continue;
      end if;
      v_seps := regexp_split_to_array(v_seg, '[[:alnum:]''’.]*[[:alnum:]][[:alnum:]''’.]*|&');
      -- Each piece cleaned as app_hidden.name_clean would (pieces hold no
      -- markers), all at once, split on U+0002.
      v_units := string_to_array(btrim(regexp_replace(regexp_replace(
        translate(replace(lower(public.unaccent(normalize(array_to_string(v_pieces, chr(2)), NFKC))), '&', 'and'), '.''’‘ʼ`´', ''),
        '[^[:alnum:]\u0002]+', ' ', 'g'), ' ?\u0002 ?', chr(2), 'g')), chr(2));
      for p in 1..n loop
        if v_units[p] = '' then
          v_units[p] := '?';
        end if;
      end loop;
      v_form_from := '{}';
      v_form_to := '{}';
      v_form_entry := '{}';
      i := 1;
      j := n;
      -- legal forms at the start (the last piece always stays), as in name_form
      while j > i loop
        g := (app_hidden.legal_form_lookup('<' || split_part(v_units[i], ' ', 1)))::integer;
        exit when g is null;
        found_one := false;
        for len in reverse least(g, j - i)..1 loop
          v_entry := app_hidden.legal_form_lookup('^' || array_to_string(v_units[i:i + len - 1], ' '));
          if v_entry is not null then
            v_form_from := v_form_from || i;
            v_form_to := v_form_to || (i + len - 1);
            v_form_entry := v_form_entry || (v_entry || '"start"');
            i := i + len;
            found_one := true;
            exit;
          end if;
        end loop;
        exit when not found_one;
      end loop;
      -- legal forms at the end
      while j > i loop
        g := (app_hidden.legal_form_lookup('>' || regexp_replace(v_units[j], '^.* ', '')))::integer;
        exit when g is null;
        found_one := false;
        for len in reverse least(g, j - i)..1 loop
          v_entry := app_hidden.legal_form_lookup('$' || array_to_string(v_units[j - len + 1:j], ' '));
          if v_entry is not null then
            v_form_from := v_form_from || (j - len + 1);
            v_form_to := v_form_to || j;
            v_form_entry := v_form_entry || (v_entry || '"end"');
            j := j - len;
            found_one := true;
            exit;
          end if;
        end loop;
        exit when not found_one;
      end loop;

      if mode = 'strip' then
        -- Keep pieces i..j and what they enclose; keep brackets and !? that
        -- close (or open) the kept text, drop the separators next to the cut.
        v_seg_out := case when i = 1 then v_seps[1] else substring(v_seg from '^\s*') || substring(v_seps[i] from '[(\[{"''«“‘]*$') end;
        for p in i..j loop
          v_seg_out := v_seg_out || v_pieces[p] || case when p < j then v_seps[p + 1] else '' end;
        end loop;
        v_seg_out := v_seg_out || case when j = n then v_seps[n + 1] else substring(v_seps[j + 1] from '^[)\]}"''»”’!?]*') || substring(v_seg from '\s*$') end;
        v_parts[k] := v_seg_out;
      elsif mode = 'display' then
        v_seg_out := v_seps[1];
        p := 1;
        while p <= n loop
          f := array_position(v_form_from, p);
          if f is null then
            v_seg_out := v_seg_out || v_pieces[p] || v_seps[p + 1];
            p := p + 1;
          else
            v_span := v_pieces[p];
            for q in p + 1..v_form_to[f] loop
              v_span := v_span || v_seps[q] || v_pieces[q];
            end loop;
            v_display := v_form_entry[f] ->> 2;
            -- Keep the form as written when it already is the display form
            -- (in any case), has none, or is tangled with brackets.
            if v_display is null or v_display = '' or lower(v_span) = lower(v_display) or v_span ~ '[][(){}]' then
              v_display := v_span;
            elsif v_is_upper then
              v_display := upper(v_display);
            end if;
            v_seg_out := v_seg_out || v_display || v_seps[v_form_to[f] + 1];
            p := v_form_to[f] + 1;
          end if;
        end loop;
        v_parts[k] := v_seg_out;
      else
        for f in 1..coalesce(array_length(v_form_from, 1), 0) loop
          v_span := v_pieces[v_form_from[f]];
          for q in v_form_from[f] + 1..v_form_to[f] loop
            v_span := v_span || v_seps[q] || v_pieces[q];
          end loop;
          v_forms := v_forms || jsonb_build_object(
            'spelling', v_span, 'match_key', v_form_entry[f] ->> 3, 'compare_form', v_form_entry[f] ->> 0,
            'display_form', nullif(v_form_entry[f] ->> 2, ''), 'generic_class', nullif(v_form_entry[f] ->> 4, ''),
            'at', v_form_entry[f] ->> 5);
        end loop;
      end if;
    end loop;
    if mode = 'forms' then
      return v_forms::text;
    end if;
    v_out := btrim(regexp_replace(array_to_string(v_parts, ''), '\s{2,}', ' ', 'g'));
    exit when v_out = v_text;
    v_text := v_out;
  end loop;
  return v_out;
end;
$$;
comment on function app_hidden.name_edit(text, text) is 'The written forms of a name (mode display, strip, or forms for a JSON list of the forms found); see app_hidden.name_display_form.';

create function app_hidden.name_display_form(name text) returns text
  language sql stable parallel safe
  as $$ select app_hidden.name_edit(name, 'display') $$;
comment on function app_hidden.name_display_form(text) is 'The name as written, tidied (NFKC, whitespace collapsed) with legal forms at its start and end in their usual short form: "Siemens Aktiengesellschaft" -> "Siemens AG".';

create function app_hidden.strip_legal_forms(name text) returns text
  language sql stable parallel safe
  as $$ select app_hidden.name_edit(name, 'strip') $$;
comment on function app_hidden.strip_legal_forms(text) is 'The name as written without the legal forms at its start and end: "Hello, World, ltd." -> "Hello, World".';

create function app_hidden.name_legal_forms(name text)
  returns table (spelling text, match_key text, compare_form text, display_form text, generic_class text, at text)
  language sql stable parallel safe
  as $$
    select f.spelling, f.match_key, f.compare_form, f.display_form, f.generic_class, f.at
    from jsonb_to_recordset(app_hidden.name_edit(name, 'forms')::jsonb)
      as f(spelling text, match_key text, compare_form text, display_form text, generic_class text, at text)
  $$;
comment on function app_hidden.name_legal_forms(text) is 'The legal forms found at the start and end of a name, as written, with their compare, display and generic forms: what the normaliser did.';

-------------------------------------------------------------------------------
-- "ACME GROUP t/as Acme Builders" -> (ACME GROUP, Acme Builders, null);
-- "Jones Pty Ltd ATF Jones Family Trust" -> (Jones Pty Ltd, null, Jones Family Trust);
-- "The Trustee for the Smith Family Trust" -> (null, null, the Smith Family Trust).
-- A name without markers is its own entity name. Parts are tidied, never ''.
create function app_hidden.split_trading_name(name text, out entity_name text, out trading_name text, out trust_name text)
  language plpgsql stable parallel safe
  as $$
declare
  v_text text := app_hidden.name_tidy(name);
  m text[];
begin
  if name is null then
    return;
  end if;
  entity_name := v_text;
  -- trading name: whatever follows the first trading marker
  m := regexp_match(v_text, '^(.*?)(?:^|[^[:alnum:]])(?:t ?/ ?as?|trading\s+(?:as|under))(?:[^[:alnum:]]|$)(.*)$', 'i');
  if m is not null then
    entity_name := m[1];
    trading_name := m[2];
  end if;
  -- trust: "X ATF Y", "X as trustee for Y", "The Trustee for Y" (a bare
  -- "ATF" first is a name: "ATF Services")
  m := regexp_match(entity_name, '^(.*?)(?:^|[^[:alnum:]])((?:(?:as|the)\s+)?trustees?\s+for|a\.?t\.?f\.?)(?:[^[:alnum:]]|$)(.*)$', 'i');
  if m is not null and (btrim(m[1]) <> '' or m[2] ~* 'trustee') then
    entity_name := m[1];
    trust_name := m[3];
  end if;
  -- tidy the parts: no dangling separators or unbalanced brackets
  entity_name := nullif(btrim(regexp_replace(entity_name, '[\s,;:(\[-]+$', ''), ' '), '');
  trading_name := nullif(btrim(regexp_replace(trading_name, '^[\s,;:-]+|[\s,;:-]+$', '', 'g'), ' '), '');
  if trading_name like '%)' and strpos(trading_name, '(') = 0 then
    trading_name := nullif(rtrim(trading_name, ') '), '');
  end if;
  trust_name := nullif(btrim(regexp_replace(trust_name, '^[\s,;:-]+|[\s,;:-]+$', '', 'g'), ' '), '');
  if trust_name like '%)' and strpos(trust_name, '(') = 0 then
    trust_name := nullif(rtrim(trust_name, ') '), '');
  end if;
  if entity_name is null and trading_name is null and trust_name is null then
    entity_name := v_text;
  end if;
end;
$$;
comment on function app_hidden.split_trading_name(text) is 'The entity, trading and trust names in a name such as "Jones Pty Ltd ATF Jones Family Trust T/A Jones Plumbing" (null where absent).';

-------------------------------------------------------------------------------
-- Compiles app_private.legal_forms into app_hidden.legal_form_lookup and
-- records a normaliser version (a new one only when the compiled dictionary
-- or the normaliser code changed). Returns the version now installed.
--
-- Rules, in order:
-- 1. match key = app_hidden.name_clean(spelling); as in rigour, each type's
--    display form is a spelling too (unless it is spelled already).
-- 2. compare form = name_clean(compare value) (replace), '' (remove); rows
--    with action none are not compiled. When a compare form is itself the key
--    of another spelling, that spelling's result is taken (ltda -> ltd,
--    государственное предприятие -> гп -> removed), so forms are stable.
-- 3. One entry per key: local rows before rigour rows, then file order.
-- 4. Where: legal_form_positions first (in: nowhere; llc, gmbh, jsc, sia...:
--    start or end); otherwise a key without Latin letters of 2+ characters
--    (ооо, ао, к.д.) counts at the start or the end, everything else at the
--    end only.
create function app_private.compile_legal_forms(note text default null) returns integer
  language plpgsql
  as $$
declare
  v_map jsonb;
  v_dictionary_hash text;
  v_code_hash text;
  v_version integer;
  v_count integer;
  v_changed integer;
begin
  update app_private.legal_forms f set
    match_key = app_hidden.name_clean(f.spelling),
    compare_form = case f.action
      when 'replace' then coalesce(nullif(app_hidden.name_clean(f.compare_value), ''), app_hidden.name_clean(f.spelling))
      when 'remove' then ''
    end,
    allowed_at = null,
    is_compiled = false;

  if to_regclass('pg_temp.compile_entries') is not null then
    drop table pg_temp.compile_entries;
  end if;
  create temporary table pg_temp.compile_entries on commit drop as
  with spellings as (
    select f.id, f.match_key, f.compare_form, nullif(btrim(f.display_form), '') as display_form,
           nullif(lower(btrim(f.generic_class)), '') as generic_class, f.source, f.type_index, false as is_display
    from app_private.legal_forms f
    where f.action <> 'none' and f.match_key <> ''
    union all
    -- rigour also recognises each type's display form
    (select distinct on (app_hidden.name_clean(f.display_form))
            null::integer, app_hidden.name_clean(f.display_form), f.compare_form, nullif(btrim(f.display_form), ''),
            nullif(lower(btrim(f.generic_class)), ''), f.source, f.type_index, true
     from app_private.legal_forms f
     where f.action <> 'none' and coalesce(btrim(f.display_form), '') <> '' and app_hidden.name_clean(f.display_form) <> ''
     order by app_hidden.name_clean(f.display_form), f.id)
  )
  select distinct on (s.match_key) s.*
  from spellings s
  order by s.match_key, s.is_display, (s.source = 'local') desc, s.id;

  -- Follow compare forms that are themselves keys (at most a few steps).
  for step in 1..5 loop
    update pg_temp.compile_entries e
      set compare_form = t.compare_form
      from pg_temp.compile_entries t
      where e.compare_form <> '' and t.match_key = e.compare_form and t.compare_form <> e.compare_form;
    get diagnostics v_changed = row_count;
    exit when v_changed = 0;
  end loop;
  -- Display forms likewise: a display form shown again must stay itself.
  for step in 1..5 loop
    update pg_temp.compile_entries e
      set display_form = t.display_form
      from pg_temp.compile_entries t
      where e.display_form is not null and t.match_key = app_hidden.name_clean(e.display_form)
        and t.display_form is not null and t.display_form <> e.display_form;
    get diagnostics v_changed = row_count;
    exit when v_changed = 0;
  end loop;

  alter table pg_temp.compile_entries add column allowed_at text;
  update pg_temp.compile_entries e set allowed_at = coalesce(
    (select p.allowed_at from app_private.legal_form_positions p
      where app_hidden.name_clean(p.spelling) = e.match_key limit 1),
    case when e.match_key !~ '[a-z]' and length(replace(e.match_key, ' ', '')) >= 2 then 'start_or_end' else 'end' end);

  update app_private.legal_forms f set is_compiled = true, allowed_at = e.allowed_at,
    compare_form = e.compare_form
    from pg_temp.compile_entries e where e.id = f.id;
  update app_private.legal_forms f set allowed_at = e.allowed_at
    from pg_temp.compile_entries e where f.allowed_at is null and e.match_key = f.match_key;
  update app_private.legal_forms f set allowed_at = 'nowhere' where f.allowed_at is null;

  -- The lookup: entries [compare form, generic form, display form, match key, generic class].
  select jsonb_object_agg(k, v) into v_map from (
    select '^' || e.match_key as k,
           jsonb_build_array(e.compare_form, coalesce(e.generic_class, e.compare_form), coalesce(e.display_form, ''), e.match_key, coalesce(e.generic_class, '')) as v
      from pg_temp.compile_entries e where e.allowed_at = 'start_or_end'
    union all
    select '$' || e.match_key,
           jsonb_build_array(e.compare_form, coalesce(e.generic_class, e.compare_form), coalesce(e.display_form, ''), e.match_key, coalesce(e.generic_class, ''))
      from pg_temp.compile_entries e where e.allowed_at in ('start_or_end', 'end')
    union all
    select '<' || split_part(e.match_key, ' ', 1), to_jsonb(max(cardinality(string_to_array(e.match_key, ' '))))
      from pg_temp.compile_entries e where e.allowed_at = 'start_or_end'
      group by split_part(e.match_key, ' ', 1)
    union all
    select '>' || w.last_word, to_jsonb(max(w.words))
      from (select (string_to_array(e.match_key, ' '))[cardinality(string_to_array(e.match_key, ' '))] as last_word,
                   cardinality(string_to_array(e.match_key, ' ')) as words
              from pg_temp.compile_entries e where e.allowed_at in ('start_or_end', 'end')) w
      group by w.last_word
  ) entries;
  v_map := coalesce(v_map, '{}');
  select count(*) into v_count from pg_temp.compile_entries;

  execute format(
    'create or replace function app_hidden.legal_form_lookup(key text) returns jsonb language sql immutable parallel safe as %L',
    format('select %L::jsonb -> key', v_map::text));

  v_dictionary_hash := md5(v_map::text);
  select md5(string_agg(p.prosrc, '' order by p.proname, p.oid)) into v_code_hash
    from pg_proc p
    where p.pronamespace = 'app_hidden'::regnamespace
      and p.proname in ('name_clean', 'name_tidy', 'name_form', 'name_edit', 'split_trading_name');

  select v.version into v_version from app_private.normalizer_versions v
    order by v.version desc limit 1;
  if v_version is null or not exists (
    select 1 from app_private.normalizer_versions v
     where v.version = v_version and v.dictionary_hash = v_dictionary_hash and v.code_hash = v_code_hash
  ) then
    v_version := coalesce(v_version, 0) + 1;
    insert into app_private.normalizer_versions (version, dictionary_hash, code_hash, spelling_count, note)
      values (v_version, v_dictionary_hash, v_code_hash, v_count, note);
  end if;
  execute format(
    'create or replace function app_hidden.normalizer_version() returns integer language sql stable parallel safe as %L',
    format('select %s', v_version));
  comment on function app_hidden.legal_form_lookup(text) is 'The compiled legal-form dictionary (app_private.compile_legal_forms): do not call directly, use the name_* functions.';
  comment on function app_hidden.normalizer_version() is 'The version of the installed normaliser (app_private.normalizer_versions), stored beside every compare form it makes.';
  return v_version;
end;
$$;
comment on function app_private.compile_legal_forms(text) is 'Compiles app_private.legal_forms into app_hidden.legal_form_lookup and records the normaliser version; returns it.';

grant execute on function app_hidden.name_clean(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_tidy(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.legal_form_lookup(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.normalizer_version() to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_form(text, text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_compare_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_base_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_generic_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_edit(text, text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_display_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.strip_legal_forms(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_legal_forms(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.split_trading_name(text) to :ROLE_API_CLIENT;

--! split: 2-legal-forms.sql
-- GENERATED by scripts/generate-legal-forms-migration.ts from data/reference/
-- (legal_forms.csv: opensanctions/rigour org_types, MIT; legal_forms_local.csv and
-- legal_form_positions.csv: this project). Do not edit: change the files and rerun
-- node scripts/generate-legal-forms-migration.ts
delete from app_private.legal_form_positions;
delete from app_private.legal_forms;

insert into app_private.legal_forms (source, type_index, spelling, display_form, compare_value, action, generic_class, note) values
  ('local', null, 'P/L', 'Pty Ltd', 'Ltd', 'replace', 'LLC', 'Australian short form of Pty Ltd (P/L, P / L); compares like Pty Ltd'),
  ('local', null, 'Pty', 'Pty', 'Ltd', 'replace', 'LLC', 'Pty alone: a truncated Pty Ltd in feeds; compares like Pty Ltd'),
  ('local', null, 'Proprietary', 'Pty', 'Ltd', 'replace', 'LLC', 'Proprietary alone: a truncated Proprietary Limited'),
  ('local', null, 'Co', 'Co', 'Co', 'replace', null, 'Company, abbreviated: Procter & Gamble Co.'),
  ('local', null, '& Co', '& Co', 'Co', 'replace', null, 'Smith & Co; compares like Co'),
  ('local', null, '& Company', '& Co', 'Co', 'replace', null, 'Smith & Company; compares like Co'),
  ('local', null, 'Corp', 'Corp', 'Corp', 'replace', 'LLC', 'Corporation abbreviated: U.S. Steel Corp.'),
  ('local', null, 'Corporation', 'Corporation', 'Corp', 'replace', 'LLC', 'Microsoft Corporation; compares like Corp'),
  ('rigour', 0, 'Public Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limited Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Ltd. Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limited', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Plc. Ltd.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'PLC Ltd.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'PLC Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'P.L.Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limited Corporation', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Publicly Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pub. Limited Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pub. Ltd. Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limted Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limited Compnay', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limitd Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pubic Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limitied Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Limitted Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pub Ltd Co', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pub. Lt. Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Lt. Co.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Lt Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Pub Limited', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Publicly Ltd Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Ltd Corporation', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Public Lmtd Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Publi Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'Publc Limited Company', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'P.L.C.', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'P L C', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 0, 'PLCs', 'PLC', 'PLC', 'replace', 'JSC', null),
  ('rigour', 1, 'ሃላፊነቱ የተወሰነ የግል ማህበር', null, null, 'none', 'JSC', null),
  ('rigour', 1, '股份有限公司', null, null, 'none', 'JSC', null),
  ('rigour', 2, 'Shpk', 'Sh.p.k.', 'Shpk', 'replace', 'LLC', null),
  ('rigour', 2, 'Sh.p.k.', 'Sh.p.k.', 'Shpk', 'replace', 'LLC', null),
  ('rigour', 2, 'Shoqëri me përgjegjësi të kufizuar', 'Sh.p.k.', 'Shpk', 'replace', 'LLC', null),
  ('rigour', 3, 'Shoqëri Aksionere', 'Sh.A.', 'ShA', 'replace', 'JSC', null),
  ('rigour', 3, 'Shoqëri Anonime', 'Sh.A.', 'ShA', 'replace', 'JSC', null),
  ('rigour', 3, 'Sh.A.', 'Sh.A.', 'ShA', 'replace', 'JSC', null),
  ('rigour', 4, 'Shoqëri komandite', 'Sh.K.', 'ShK', 'replace', 'LP', null),
  ('rigour', 4, 'Sh.K.', 'Sh.K.', 'ShK', 'replace', 'LP', null),
  ('rigour', 4, 'ShK.', 'Sh.K.', 'ShK', 'replace', 'LP', null),
  ('rigour', 4, 'Sh K.', 'Sh.K.', 'ShK', 'replace', 'LP', null),
  ('rigour', 5, 'Free Zone Establishment', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 5, 'FZ Establishment', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 5, 'Free Zone Enterprise', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 5, 'FZ Enterprise', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 5, 'Free Zone Entity', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 5, 'FZ Entity', 'FZE', 'FZE', 'replace', 'LLC', null),
  ('rigour', 6, 'FZ-LLC', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'FZLLC', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'FZ-L.L.C.', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Zone Co.', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'FreeZone Company', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Economic Zone LLC', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Trade Free Zone Company', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Special Economic Zone LLC', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Zone L.L.C.', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'L.L.C-FZ', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'F.Z. Co.', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Zone Company', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Zone Limited Liability Company', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 6, 'Free Zone Co.', 'FZCO', 'FZCO', 'replace', 'LLC', null),
  ('rigour', 7, 'Dubai Multi Commodities Centre', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 7, 'Dubai Multi Commodities Centre Company', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 7, 'DMCC Company', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 7, 'DMCC Co.', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 7, 'DMCC LLC', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 7, 'DMCC Free Zone', 'DMCC', 'DMCC', 'replace', 'LLC', null),
  ('rigour', 8, 'S.C.S.', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 8, 'Sociedad en Comandita Simple', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 9, 'S.C.p.A.', 'SCpA', 'SCpA', 'replace', 'LP', null),
  ('rigour', 9, 'SCpA', 'SCpA', 'SCpA', 'replace', 'LP', null),
  ('rigour', 9, 'Sociedad en Comandita por Acciones', 'SCpA', 'SCpA', 'replace', 'LP', null),
  ('rigour', 10, 'scei', 'S.C.e I.', 'SCeI', 'replace', 'LP', null),
  ('rigour', 10, 'Sociedad de Capital e Industria', 'S.C.e I.', 'SCeI', 'replace', 'LP', null),
  ('rigour', 10, 'sociedad de capital e industria', 'S.C.e I.', 'SCeI', 'replace', 'LP', null),
  ('rigour', 11, 'Sociedad del Estado', 'S.E.', 'SE', 'replace', 'SOE', null),
  ('rigour', 12, 'S.G.R.', 'SGR', 'SGR', 'replace', null, null),
  ('rigour', 12, 'Sociedad de Garantía Reciproca', 'SGR', 'SGR', 'replace', null, null),
  ('rigour', 13, 'Sociedad por Acciones Simplificada', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 14, 'Sociedad Anónima Unipersonal', 'SAU', 'SAU', 'replace', 'SP', null),
  ('rigour', 15, 'Sociedades anónimas inscritas de capital abierto', 'S.A.I.C.A.', 'SAICA', 'replace', 'JSC', null),
  ('rigour', 16, 'Sociedad Anónima Comercial Industrial y Financiera', 'S.A.C.I. y F.', 'SACIF', 'replace', 'JSC', null),
  ('rigour', 17, 'Sociedad Anónima, Comercial, Industrial, Financiera e Inmobiliaria', 'S.A.C.I.F.I.', 'SACIFI', 'replace', 'JSC', null),
  ('rigour', 18, 'Sociedad Anónima, Comercial, Industrial, Financiera, Inmobiliaria y Agropecuaria', 'S.A.C.I.F.I. y A.', 'SACIFIA', 'replace', 'JSC', null),
  ('rigour', 19, 'Sociedad Anónima de Capital Variable', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'SOCIEDAD ANONIMA DE CAPITAL VARIABLE', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'Soc. Anón. de Cap. Var.', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'S.A.C.V.', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'S.A. DE C.V.', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'S.A. DE C.V', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'SA. DE CV.', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'SA de CV', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'S.A DE C.V', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'SAdeCV', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 19, 'SA. de C.V.', 'SA de CV', 'SACV', 'replace', 'JSC', null),
  ('rigour', 20, 'Sociedad Anónima Promotora de Inversión de Capital Variable', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'SOCIEDAD ANONIMA PROMOTORA DE INVERSION DE CAPITAL VARIABLE', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'Soc. Anón. Prom. de Inv. de Cap. Var.', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'S.A.P.I. DE C.V.', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'S.A.P.I. DE C.V', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'SA.P.I. DE C.V.', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'SA.P.I. DE C.V', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 20, 'SAPI de C.V.', 'S.A.P.I de C.V.', 'SAPICV', 'replace', 'JSC', null),
  ('rigour', 21, 'S. DE R.L. DE C.V.', 'S. DE R.L. DE C.V.', 'SRLCV', 'replace', 'LLC', null),
  ('rigour', 21, 'S DE RL DE CV', 'S. DE R.L. DE C.V.', 'SRLCV', 'replace', 'LLC', null),
  ('rigour', 21, 'Sociedad de Responsabilidad Limitada de Capital Variable', 'S. DE R.L. DE C.V.', 'SRLCV', 'replace', 'LLC', null),
  ('rigour', 21, 'S. de R.L. de C.V.', 'S. DE R.L. DE C.V.', 'SRLCV', 'replace', 'LLC', null),
  ('rigour', 22, 'εταιρία περιορισμένης ευθύνης', 'Ε.Π.Ε.', 'ΕPΕ', 'replace', 'LLC', null),
  ('rigour', 23, 'Limited liability partnership', 'LLP', 'LLP', 'replace', 'LLP', null),
  ('rigour', 23, '有限責任事業組合', 'LLP', 'LLP', 'replace', 'LLP', null),
  ('rigour', 24, 'Incorporated limited partnership', 'ILP', 'ILP', 'replace', 'LP', null),
  ('rigour', 25, 'N.A.', 'NA', 'NA', 'replace', 'FIN', null),
  ('rigour', 25, 'National Association', 'NA', 'NA', 'replace', 'FIN', null),
  ('rigour', 26, 'National Trust and Savings Association', 'NT&SA', 'NT&SA', 'replace', 'FIN', null),
  ('rigour', 27, 'No liability', 'NL', 'NL', 'replace', null, null),
  ('rigour', 28, 'Індывідуальны прадпрымальнік', 'ІП', 'IP', 'replace', 'SP', null),
  ('rigour', 29, 'Прыватнае унітарнае прадпрыемства', 'ПУП', 'PUP', 'replace', 'SP', null),
  ('rigour', 30, 'индивидуальный предприниматель', 'ИП', 'IP', 'replace', 'SP', null),
  ('rigour', 30, 'ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ', 'ИП', 'IP', 'replace', 'SP', null),
  ('rigour', 30, 'Индивидуальный предприниматель', 'ИП', 'IP', 'replace', 'SP', null),
  ('rigour', 31, 'dioničko društvo', 'd.d.', 'dd', 'replace', 'JSC', null),
  ('rigour', 31, 'd.d.', 'd.d.', 'dd', 'replace', 'JSC', null),
  ('rigour', 32, 'akcionarsko društvo', 'a.d.', 'a.d.', 'replace', 'JSC', null),
  ('rigour', 32, 'a.d', 'a.d.', 'a.d.', 'replace', 'JSC', null),
  ('rigour', 32, 'a.d.', 'a.d.', 'a.d.', 'replace', 'JSC', null),
  ('rigour', 32, 'akcionarsko društvo', 'a.d.', 'a.d.', 'replace', 'JSC', null),
  ('rigour', 32, 'aktsionerno druzhestvo', 'a.d.', 'a.d.', 'replace', 'JSC', null),
  ('rigour', 33, 'а.д', 'а.д.', 'ад', 'replace', 'JSC', null),
  ('rigour', 33, 'ад', 'а.д.', 'ад', 'replace', 'JSC', null),
  ('rigour', 33, 'акционарско друштво', 'а.д.', 'ад', 'replace', 'JSC', null),
  ('rigour', 33, 'акционерно дружество', 'а.д.', 'ад', 'replace', 'JSC', null),
  ('rigour', 34, 'društvo s neograničenom solidarnom odgovornošću', 'd.n.o.', 'dno', 'replace', 'LLC', null),
  ('rigour', 35, 'društvo s ograničenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'družba z omejeno odgovornostjo', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'd o o', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'D.O.O.', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'drustvo s ogranicenom odgovornoscu', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'društvo ograničene odgovornosti', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 35, 'drustv ogranic odgovor', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 36, 'S.R.O.', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 36, 'společnost s ručením omezeným', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 36, 'spol. s r.o.', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 36, 'spol s ruc omez', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 36, 'spol s r.o.', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 36, 's r o', 's.r.o.', 'sro', 'replace', 'LLC', null),
  ('rigour', 37, 'komanditno društvo', 'k.d.', 'kd', 'replace', 'LP', null),
  ('rigour', 37, 'k.d.', 'k.d.', 'kd', 'replace', 'LP', null),
  ('rigour', 37, 'komanditno druzhestvo', 'k.d.', 'kd', 'replace', 'LP', null),
  ('rigour', 37, 'komanditno društvo', 'k.d.', 'kd', 'replace', 'LP', null),
  ('rigour', 38, 'кд', 'к.д.', null, 'remove', 'LP', null),
  ('rigour', 38, 'командитно дружество', 'к.д.', null, 'remove', 'LP', null),
  ('rigour', 38, 'командитно друштво', 'к.д.', null, 'remove', 'LP', null),
  ('rigour', 39, 'samostalni preduzetnik', 's.p.', null, 'remove', 'SP', null),
  ('rigour', 40, 'Empresa Individual de Responsabilidade Limitada', 'EIRELI', 'EIRELI', 'replace', 'LLC', null),
  ('rigour', 41, 'Sole Proprietorship', null, null, 'none', 'SP', null),
  ('rigour', 41, 'Private Enterprise', null, null, 'none', 'SP', null),
  ('rigour', 42, 'General Partnership', 'GP', 'GP', 'replace', 'GP', null),
  ('rigour', 43, 'Limited Partnership', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 44, 'Public Establishment with Economic characteristics', 'PEEC', 'PEEC', 'replace', 'SOE', null),
  ('rigour', 45, 'Limited Partnership', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 46, 'Sociedad por acciones', 'SpA', 'SpA', 'replace', 'JSC', null),
  ('rigour', 47, 'S.P.A.', 'SPA', 'SPA', 'replace', 'JSC', null),
  ('rigour', 48, 'Empresa Individual de Responsabilidad Limitada', 'EIRL', 'EIRL', 'replace', 'LLC', null),
  ('rigour', 48, 'empresa individual de responsabilidad limitada', 'EIRL', 'EIRL', 'replace', 'LLC', null),
  ('rigour', 49, 'Sociedad Colectiva', 'S.C.', 'SC', 'replace', 'GP', null),
  ('rigour', 49, 'compania comerciala si de productie societatea cu responsabilitate limitata', 'S.C.', 'SC', 'replace', 'GP', null),
  ('rigour', 49, 'sociedad colectiva', 'S.C.', 'SC', 'replace', 'GP', null),
  ('rigour', 49, 'societatea comercială', 'S.C.', 'SC', 'replace', 'GP', null),
  ('rigour', 49, 'አክሲዩን ማህበር', 'S.C.', 'SC', 'replace', 'GP', null),
  ('rigour', 50, 'Comandita Simple', 'S. en C.', 'SC', 'replace', 'LP', null),
  ('rigour', 51, 'Comandita por Acciones', 'S.C.A.', 'SCA', 'replace', 'JSC', null),
  ('rigour', 51, 'comandita por acciones', 'S.C.A.', 'SCA', 'replace', 'JSC', null),
  ('rigour', 51, 'société en commandite par actions', 'S.C.A.', 'SCA', 'replace', 'JSC', null),
  ('rigour', 52, 'Empresa Unipersonal', null, null, 'none', 'SP', null),
  ('rigour', 52, 'eingetragenes einzelunternehmen', null, null, 'none', 'SP', null),
  ('rigour', 52, 'empresa unipersonal', null, null, 'none', 'SP', null),
  ('rigour', 53, 'Compañía por Acciones', 'C. por A.', 'CpA', 'replace', 'JSC', null),
  ('rigour', 54, 'Empresa Pública', 'EP', 'EP', 'replace', 'SOE', null),
  ('rigour', 54, 'empresa pública', 'EP', 'EP', 'replace', 'SOE', null),
  ('rigour', 55, 'GmbH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'mbH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, '-GmbH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschränkter Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'GMBH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'gmbh', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mbH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'GmbH.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'm.b.H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'g.m.b.h', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'gmb.h', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit besch Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit besch. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschr Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschr. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschraenkter Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschraenker Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft mit beschränkter Haftng', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Ges. mit beschr. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Ges. mit besch. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'G.m.beschr. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'G.m.besch. Haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'mit besch haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'mit beschr haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'mit beschränkter haftung', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'G.m.b.H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'G m b H', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'GmbHs', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Ges. m. b. H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Ges.m.b.H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'GesmbH', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellsch. m. b. H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'G.M.B.H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'Gesellschaft m.b.H.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'гмбх', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 55, 'г.м.б.х.', 'GmbH', 'GmbH', 'replace', 'LLC', null),
  ('rigour', 56, 'gGmbH', 'gGmbH', 'gGmbH', 'replace', 'LLC', null),
  ('rigour', 56, 'gemeinnützige GmbH', 'gGmbH', 'gGmbH', 'replace', 'LLC', null),
  ('rigour', 56, 'Gemeinnützige GmbH', 'gGmbH', 'gGmbH', 'replace', 'LLC', null),
  ('rigour', 56, 'gemeinnützige Gesellschaft mit beschränkter Haftung', 'gGmbH', 'gGmbH', 'replace', 'LLC', null),
  ('rigour', 57, 'UG', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'UG (haftungsbeschränkt)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, '-UG (haftungsbeschränkt)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'Unternehmergesellschaft (haftungsbeschränkt)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'Unternehmergesellschaft', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'UG haftungsbeschränkt', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'UG (haftungsbeschr.)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'UG (h.b.)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'Unternehmerges. (haftungsbeschränkt)', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'Unternehmerges.', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 57, 'Unternehmerg.', 'UG', 'UG', 'replace', 'LLC', null),
  ('rigour', 58, 'GmbH & Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'GmbH & Co KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'GmbH u. Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'GmbH und Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, '-GmbH & Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'Gesellschaft mit beschränkter Haftung & Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'Gesellschaft mbH & Co. KG', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'gmbh & co.', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'gmbh & co. kg', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'gmbh and сo. kg', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'gmbh und co. kg', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 58, 'гмбх енд ко. кг', 'GmbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 59, 'AG', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktiengesellschaft', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'A.G.', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, '-AG', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktienges.', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktiengeselschaft', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktien Gesellschaft', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktien ges', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktienges', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'AktG', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Akt Ges', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'A G', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'AGs', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'Aktien-Gesellschaft', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 59, 'AG Société Anonyme', 'AG', 'AG', 'replace', 'JSC', null),
  ('rigour', 60, 'KG', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 60, 'Kommanditgesellschaft', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 60, 'K.G.', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 60, 'K. G.', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 60, '-KG', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 60, 'Kommandit-Gesellschaft', 'KG', 'KG', 'replace', 'LP', null),
  ('rigour', 61, 'e.K.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. K.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eK', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e.K', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. K', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eingetragener Kaufmann', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'Eingetragener Kaufmann', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eingetr. Kaufmann', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e.Kfm.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. Kfm.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e.Kfm', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. Kfm', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eKfm', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'Kfm.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e.Kfr.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. Kfr.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e.Kfr', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'e. Kfr', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eKfr', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'Kfr.', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'eingetragene Kauffrau', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 61, 'Eingetragene Kauffrau', 'e.K.', 'eK', 'replace', 'SP', null),
  ('rigour', 62, 'KGaA', 'KGaA', 'KGaA', 'replace', 'LP', null),
  ('rigour', 62, 'Kommanditgesellschaft auf Aktien', 'KGaA', 'KGaA', 'replace', 'LP', null),
  ('rigour', 62, 'K.G.a.A.', 'KGaA', 'KGaA', 'replace', 'LP', null),
  ('rigour', 63, 'OHG', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, 'oHG', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, 'Offene Handelsgesellschaft', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, 'O.H.G.', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, '-OHG', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, '-oHG', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 63, 'Offene Handels-Gesellschaft', 'OHG', 'OHG', 'replace', 'GP', null),
  ('rigour', 64, 'gUG', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 64, 'gUG (haftungsbeschränkt)', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 64, 'gemeinnützige UG', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 64, 'gemeinnützige UG (haftungsbeschränkt)', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 64, 'gemeinnützige Unternehmergesellschaft', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 64, 'gemeinnützige Unternehmergesellschaft (haftungsbeschränkt)', 'gUG', 'gUG', 'replace', 'LLC', null),
  ('rigour', 65, 'UG (haftungsbeschränkt) & Co. KG', 'UG & Co. KG', 'UGCoKG', 'replace', 'LP', null),
  ('rigour', 65, 'UG & Co KG', 'UG & Co. KG', 'UGCoKG', 'replace', 'LP', null),
  ('rigour', 65, 'UG (haftungsbeschränkt) & Co KG', 'UG & Co. KG', 'UGCoKG', 'replace', 'LP', null),
  ('rigour', 65, 'Unternehmergesellschaft & Co. KG', 'UG & Co. KG', 'UGCoKG', 'replace', 'LP', null),
  ('rigour', 65, 'Unternehmergesellschaft (haftungsbeschränkt) & Co. KG', 'UG & Co. KG', 'UGCoKG', 'replace', 'LP', null),
  ('rigour', 66, 'AG & Co KG', 'AG & Co. KG', 'AGCoKG', 'replace', 'LP', null),
  ('rigour', 66, 'AG und Co KG', 'AG & Co. KG', 'AGCoKG', 'replace', 'LP', null),
  ('rigour', 66, 'AG und Co. KG', 'AG & Co. KG', 'AGCoKG', 'replace', 'LP', null),
  ('rigour', 66, 'Aktiengesellschaft & Co. KG', 'AG & Co. KG', 'AGCoKG', 'replace', 'LP', null),
  ('rigour', 67, 'SE & Co. KG', 'SE & Co. KG', 'SECoKG', 'replace', 'LP', null),
  ('rigour', 67, 'SE & Co KG', 'SE & Co. KG', 'SECoKG', 'replace', 'LP', null),
  ('rigour', 67, 'Europäische Gesellschaft & Co. KG', 'SE & Co. KG', 'SECoKG', 'replace', 'LP', null),
  ('rigour', 67, 'Societas Europaea & Co. KG', 'SE & Co. KG', 'SECoKG', 'replace', 'LP', null),
  ('rigour', 68, 'Stiftung & Co KG', 'Stiftung & Co. KG', 'StiftungCoKG', 'replace', 'LP', null),
  ('rigour', 68, 'Stiftung und Co. KG', 'Stiftung & Co. KG', 'StiftungCoKG', 'replace', 'LP', null),
  ('rigour', 69, 'GmbH & Co OHG', 'GmbH & Co. OHG', 'GmbHCoOHG', 'replace', 'GP', null),
  ('rigour', 69, 'GmbH & Co. oHG', 'GmbH & Co. OHG', 'GmbHCoOHG', 'replace', 'GP', null),
  ('rigour', 69, 'GmbH & Co oHG', 'GmbH & Co. OHG', 'GmbHCoOHG', 'replace', 'GP', null),
  ('rigour', 69, 'Gesellschaft mit beschränkter Haftung & Co. OHG', 'GmbH & Co. OHG', 'GmbHCoOHG', 'replace', 'GP', null),
  ('rigour', 70, 'UG (haftungsbeschränkt) & Co. OHG', 'UG & Co. OHG', 'UGCoOHG', 'replace', 'GP', null),
  ('rigour', 70, 'UG & Co OHG', 'UG & Co. OHG', 'UGCoOHG', 'replace', 'GP', null),
  ('rigour', 71, 'eG & Co KG', 'eG & Co. KG', 'eGCoKG', 'replace', 'LP', null),
  ('rigour', 71, 'eingetragene Genossenschaft & Co. KG', 'eG & Co. KG', 'eGCoKG', 'replace', 'LP', null),
  ('rigour', 71, 'Genossenschaft & Co. KG', 'eG & Co. KG', 'eGCoKG', 'replace', 'LP', null),
  ('rigour', 72, 'SE & Co. KGaA', 'SE & Co. KGaA', 'SECoKGaA', 'replace', 'LP', null),
  ('rigour', 72, 'SE & Co KGaA', 'SE & Co. KGaA', 'SECoKGaA', 'replace', 'LP', null),
  ('rigour', 72, 'Europäische Gesellschaft & Co. KGaA', 'SE & Co. KGaA', 'SECoKGaA', 'replace', 'LP', null),
  ('rigour', 72, 'Societas Europaea & Co. KGaA', 'SE & Co. KGaA', 'SECoKGaA', 'replace', 'LP', null),
  ('rigour', 73, 'GmbH & Co KGaA', 'GmbH & Co. KGaA', 'GmbHCoKGaA', 'replace', 'LP', null),
  ('rigour', 73, 'Gesellschaft mit beschränkter Haftung & Co. KGaA', 'GmbH & Co. KGaA', 'GmbHCoKGaA', 'replace', 'LP', null),
  ('rigour', 74, 'Ltd & Co. KG', 'Ltd. & Co. KG', 'LtdCoKG', 'replace', 'LP', null),
  ('rigour', 74, 'Ltd. & Co KG', 'Ltd. & Co. KG', 'LtdCoKG', 'replace', 'LP', null),
  ('rigour', 74, 'Ltd & Co KG', 'Ltd. & Co. KG', 'LtdCoKG', 'replace', 'LP', null),
  ('rigour', 74, 'Limited & Co. KG', 'Ltd. & Co. KG', 'LtdCoKG', 'replace', 'LP', null),
  ('rigour', 74, 'Limited & Co KG', 'Ltd. & Co. KG', 'LtdCoKG', 'replace', 'LP', null),
  ('rigour', 75, 'mbH & Co. KG', 'mbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 75, 'mbH & Co KG', 'mbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 75, 'mbH u. Co. KG', 'mbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 75, 'm.b.H. & Co. KG', 'mbH & Co. KG', 'GmbHCoKG', 'replace', 'LP', null),
  ('rigour', 76, 'B.V. & Co. KG', 'B.V. & Co. KG', 'BVCoKG', 'replace', 'LP', null),
  ('rigour', 76, 'BV & Co. KG', 'B.V. & Co. KG', 'BVCoKG', 'replace', 'LP', null),
  ('rigour', 76, 'B.V. & Co KG', 'B.V. & Co. KG', 'BVCoKG', 'replace', 'LP', null),
  ('rigour', 76, 'BV & Co KG', 'B.V. & Co. KG', 'BVCoKG', 'replace', 'LP', null),
  ('rigour', 77, 'AG & Co. KGaA', 'AG & Co. KGaA', 'AGCoKGaA', 'replace', 'LP', null),
  ('rigour', 77, 'AG & Co KGaA', 'AG & Co. KGaA', 'AGCoKGaA', 'replace', 'LP', null),
  ('rigour', 77, 'Aktiengesellschaft & Co. KGaA', 'AG & Co. KGaA', 'AGCoKGaA', 'replace', 'LP', null),
  ('rigour', 78, 'Stiftung & Co. KGaA', 'Stiftung & Co. KGaA', 'StiftungCoKGaA', 'replace', 'LP', null),
  ('rigour', 78, 'Stiftung & Co KGaA', 'Stiftung & Co. KGaA', 'StiftungCoKGaA', 'replace', 'LP', null),
  ('rigour', 79, 'gAG', 'gAG', 'gAG', 'replace', 'JSC', null),
  ('rigour', 79, 'gemeinnützige AG', 'gAG', 'gAG', 'replace', 'JSC', null),
  ('rigour', 79, 'gemeinnützige Aktiengesellschaft', 'gAG', 'gAG', 'replace', 'JSC', null),
  ('rigour', 80, 'eGbR', 'eGbR', 'eGbR', 'replace', 'GP', null),
  ('rigour', 80, 'e.GbR', 'eGbR', 'eGbR', 'replace', 'GP', null),
  ('rigour', 80, 'eingetragene GbR', 'eGbR', 'eGbR', 'replace', 'GP', null),
  ('rigour', 80, 'eingetragene Gesellschaft bürgerlichen Rechts', 'eGbR', 'eGbR', 'replace', 'GP', null),
  ('rigour', 80, 'eingetragene Gesellschaft des bürgerlichen Rechts', 'eGbR', 'eGbR', 'replace', 'GP', null),
  ('rigour', 81, 'PartG', 'PartG', 'PartG', 'replace', 'GP', null),
  ('rigour', 81, 'Part.G.', 'PartG', 'PartG', 'replace', 'GP', null),
  ('rigour', 81, 'Partnerschaftsgesellschaft', 'PartG', 'PartG', 'replace', 'GP', null),
  ('rigour', 81, 'Partnerschaft', 'PartG', 'PartG', 'replace', 'GP', null),
  ('rigour', 82, 'PartG mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'PartGmbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Partnerschaft mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Partnerschaftsgesellschaft mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Part.G. mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'PartG m.b.B.', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Part. mbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'PartmbB', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Partnerschaftsgesellschaft mit beschränkter Berufshaftung', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 82, 'Partnerschaft mit beschränkter Berufshaftung', 'PartG mbB', 'PartGmbB', 'replace', 'LLP', null),
  ('rigour', 83, 'eG', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'e.G.', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'e. G.', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'eingetragene Genossenschaft', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'Eingetragene Genossenschaft', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'Genossenschaft', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 83, 'eGen', 'eG', 'eG', 'replace', 'COOP', null),
  ('rigour', 84, 'Stiftung', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 84, 'rechtsfähige Stiftung', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 84, 'gemeinnützige Stiftung', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 84, 'Stiftung des öffentlichen Rechts', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 84, 'Stiftung des bürgerlichen Rechts', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 84, 'rechtsf. Stiftung', 'Stiftung', 'Stiftung', 'replace', 'NGO', null),
  ('rigour', 85, 'SCE', 'SCE', 'SCE', 'replace', 'COOP', null),
  ('rigour', 85, 'S.C.E.', 'SCE', 'SCE', 'replace', 'COOP', null),
  ('rigour', 85, 'Societas Cooperativa Europaea', 'SCE', 'SCE', 'replace', 'COOP', null),
  ('rigour', 85, 'Europäische Genossenschaft', 'SCE', 'SCE', 'replace', 'COOP', null),
  ('rigour', 86, 'VVaG', 'VVaG', 'VVaG', 'replace', 'COOP', null),
  ('rigour', 86, 'V.V.a.G.', 'VVaG', 'VVaG', 'replace', 'COOP', null),
  ('rigour', 86, 'Versicherungsverein auf Gegenseitigkeit', 'VVaG', 'VVaG', 'replace', 'COOP', null),
  ('rigour', 86, 'Versicherungsverein a.G.', 'VVaG', 'VVaG', 'replace', 'COOP', null),
  ('rigour', 87, 'AöR', 'AöR', 'AöR', 'replace', 'SOE', null),
  ('rigour', 87, 'A.ö.R.', 'AöR', 'AöR', 'replace', 'SOE', null),
  ('rigour', 87, 'Anstalt des öffentlichen Rechts', 'AöR', 'AöR', 'replace', 'SOE', null),
  ('rigour', 87, 'Anstalt öffentlichen Rechts', 'AöR', 'AöR', 'replace', 'SOE', null),
  ('rigour', 88, 'KdöR', 'KdöR', 'KdöR', 'replace', 'SOE', null),
  ('rigour', 88, 'K.d.ö.R.', 'KdöR', 'KdöR', 'replace', 'SOE', null),
  ('rigour', 88, 'KöR', 'KdöR', 'KdöR', 'replace', 'SOE', null),
  ('rigour', 88, 'Körperschaft des öffentlichen Rechts', 'KdöR', 'KdöR', 'replace', 'SOE', null),
  ('rigour', 88, 'Körperschaft öffentlichen Rechts', 'KdöR', 'KdöR', 'replace', 'SOE', null),
  ('rigour', 89, 'KU', 'KU', 'KU', 'replace', 'SOE', null),
  ('rigour', 89, 'K.U.', 'KU', 'KU', 'replace', 'SOE', null),
  ('rigour', 89, 'Kommunalunternehmen', 'KU', 'KU', 'replace', 'SOE', null),
  ('rigour', 89, 'gKU', 'KU', 'KU', 'replace', 'SOE', null),
  ('rigour', 89, 'gemeinnütziges Kommunalunternehmen', 'KU', 'KU', 'replace', 'SOE', null),
  ('rigour', 90, 'spzoo', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'sp zoo', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spz o.o.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spz oo.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'sp. z o.o.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'Sp. z o.o.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'Sp. z o.o.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'sp. z o.o. sp.k', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'sp. z oo', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'sp. zoo', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'Sp. z ogr. odp.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'Spólka z ogr odpow', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spolka z ograniczona odpowiedzialnoscia', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spółka z ograniczoną odpowiedzialnością', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spółka z o.o.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 90, 'spółka z o.o. sp.k.', 'Sp. z o.o.', 'Spzoo', 'replace', 'LLC', null),
  ('rigour', 91, 'закрытае ацыянернае таварыства', '3AT', '3AT', 'replace', null, null),
  ('rigour', 92, 'adkritaye aktsiyanernaye tavaristva', 'ААТ', 'ААТ', 'replace', 'JSC', null),
  ('rigour', 92, 'adkrytae akcyyanernae tavarystva', 'ААТ', 'ААТ', 'replace', 'JSC', null),
  ('rigour', 92, 'AAT', 'ААТ', 'ААТ', 'replace', 'JSC', null),
  ('rigour', 92, 'аат', 'ААТ', 'ААТ', 'replace', 'JSC', null),
  ('rigour', 92, 'адкрытае акцыянернае таварыства', 'ААТ', 'ААТ', 'replace', 'JSC', null),
  ('rigour', 93, 'abp', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'aktiebolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'Aktiebolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'Aktie Bolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'Aktie-bolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'Aktiebol.', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'A-bolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 93, 'publikt aktiebolag', 'AB', 'AB', 'replace', null, null),
  ('rigour', 94, 'aandeelhouder-bestuurde vennootschap', 'abv', 'abv', 'replace', null, null),
  ('rigour', 95, 'adsitz', 'adsic', 'adsic', 'replace', null, null),
  ('rigour', 95, 'aktsionerno druzhestvo sas spetsialna investitsionna tsel', 'adsic', 'adsic', 'replace', null, null),
  ('rigour', 95, 'адсиц', 'adsic', 'adsic', 'replace', null, null),
  ('rigour', 95, 'акционерно дружество със специална инвестиционна цел', 'adsic', 'adsic', 'replace', null, null),
  ('rigour', 96, 'anónimi etería', 'ae', 'ae', 'replace', null, null),
  ('rigour', 96, 'ανώνυμη εταιρεία', 'ae', 'ae', 'replace', null, null),
  ('rigour', 97, 'aksiyadorlik jamiyati', null, null, 'none', 'JSC', null),
  ('rigour', 97, 'акциядорлик жамияти', null, null, 'none', 'JSC', null),
  ('rigour', 97, 'Det offentligretlige aktieselskab', null, null, 'none', 'JSC', null),
  ('rigour', 97, 'Kumpanija b’Ishma Konġunti', null, null, 'none', 'JSC', null),
  ('rigour', 97, 'Aandelenvennootschap', null, null, 'none', 'JSC', null),
  ('rigour', 98, 'amba', 'a.m.b.a.', 'amba', 'replace', 'LLC', null),
  ('rigour', 98, 'andelsselskab med begrænset ansvar', 'a.m.b.a.', 'amba', 'replace', 'LLC', null),
  ('rigour', 99, 'andelslag', 'anl', 'anl', 'replace', 'COOP', null),
  ('rigour', 99, 'andelslag med begrænset ansvar', 'anl', 'anl', 'replace', 'COOP', null),
  ('rigour', 100, 'professional association', null, 'PA', 'replace', 'NGO', null),
  ('rigour', 101, 'professional limited liability company', 'PLLC', 'PLLC', 'replace', 'LLC', null),
  ('rigour', 102, 'autonomous non-profit organization', 'anpo', 'anpo', 'replace', 'NGO', null),
  ('rigour', 103, 'Joint Stock Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint-Stock Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint-stock Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'JointStock Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint Stock Compan', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint Stock Companie', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint Stock Co.', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'JS Co.', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'JSC Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'J.S.C.', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'J S C', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Jnt Stock Co', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Joint Stock Corp', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'J Stock Company', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 103, 'Jt Stock Co', 'JSC', 'JSC', 'replace', 'JSC', null),
  ('rigour', 104, 'სააქციო საზოგადოება', 'სს', 'სს', 'replace', 'JSC', null),
  ('rigour', 104, 'დახურული სააქციო საზოგადოება', 'სს', 'სს', 'replace', 'JSC', null),
  ('rigour', 105, 'Public Stock Company', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'public jsc', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'public stock company (PJSC)', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Public Joint-Stock Company', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Public joint stock company', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Sociedade pública por ações', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Kumpanija b’ishma konġunti pubbliċi', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Javno dioničko društvo', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Javna delniška družba', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'állami tulajdonban lévő részvénytársaság', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 105, 'Viešoji akcinė bendrovė', 'PJSC', 'PJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'otwarta spółka akcyjna', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Open Joint-Stock Company', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'openbare aandelenvennootschap', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Публично акционерно дружество', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Δημόσια συμμετοχική εταιρεία', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Państwowa Spółka Akcyjna', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'vennootschap op aandelen', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Openbare vennootschap op aandelen', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Openbare publiek-private vennootschap op aandelen', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'sociedad limitada por acciones abierta', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'sociedade por ações aberta', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'société par actions ouverte', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Verejná akciová spoločnosť', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Société publique par actions', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Societatea publică pe acțiuni', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'offene aktiengesellschaft', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'open joint stock company', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'O J S C', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Open Joint Stock Company', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Open Jnt Stock Co', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'O Joint Stock Co', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'Open JSC', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 106, 'veřejná akciová společnost', 'OJSC', 'OJSC', 'replace', 'JSC', null),
  ('rigour', 107, 'акціонерне товариство', 'AT', 'AT', 'replace', 'JSC', null),
  ('rigour', 107, 'Aktsionerne tovarystvo', 'AT', 'AT', 'replace', 'JSC', null),
  ('rigour', 107, 'акціонерного товариства', 'AT', 'AT', 'replace', 'JSC', null),
  ('rigour', 107, 'Акціонерне товариство', 'AT', 'AT', 'replace', 'JSC', null),
  ('rigour', 108, 'Коммерческий банк', 'КБ', 'КБ', 'replace', 'FIN', null),
  ('rigour', 109, 'anpartsselskab', 'ApS', 'ApS', 'replace', 'LLC', null),
  ('rigour', 110, 'akciju sabiedrība', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'akciová společnost', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'akciová spoločnosť', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'akc. společnost', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'a. společnost', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'aktieselskab', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'aktieselskabet', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'aktsiaselts', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'anonim şirket', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'A. S.', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'A.S.', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'Anonim Sirket', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'Anonim Ortaklık', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 110, 'anonim şirketi', 'AS', 'AS', 'replace', 'JSC', null),
  ('rigour', 111, 'aisbl', 'ASBL', 'ASBL', 'replace', 'NGO', null),
  ('rigour', 111, 'A.S.B.L.', 'ASBL', 'ASBL', 'replace', 'NGO', null),
  ('rigour', 111, 'association internationale sans but lucratif', 'ASBL', 'ASBL', 'replace', 'NGO', null),
  ('rigour', 111, 'association sans but lucratif', 'ASBL', 'ASBL', 'replace', 'NGO', null),
  ('rigour', 112, 'açıq səhmdar cəmiyyəti', 'ASC', 'ASC', 'replace', 'NGO', null),
  ('rigour', 112, 'Açıq Səhmdar Cəmiyyəti', 'ASC', 'ASC', 'replace', 'NGO', null),
  ('rigour', 113, 'avoin yhtiö', 'ay', 'ay', 'replace', 'GP', null),
  ('rigour', 114, 'berhad', 'bhd', 'bhd', 'replace', 'LLC', null),
  ('rigour', 115, 'B.V.', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'besloten vennootschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'B V', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'Besloten Vennootschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'Besl. Vennootschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'B. Vennootschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'Besloten Vennotschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 115, 'Beslotn Vennootschap', 'BV', 'BV', 'replace', 'LLC', null),
  ('rigour', 116, 'besloten vennootschap met beperkte aansprakelijkheid', 'bvba', 'bvba', 'replace', 'LLC', null),
  ('rigour', 116, 'vennootschap met beperkte aansprakelijkheid', 'bvba', 'bvba', 'replace', 'LLC', null),
  ('rigour', 117, 'compañía anónima', 'ca', 'ca', 'replace', 'LLC', null),
  ('rigour', 118, 'cic', 'CIC', 'CIC', 'replace', 'NGO', null),
  ('rigour', 118, 'c.i.c.', 'CIC', 'CIC', 'replace', 'NGO', null),
  ('rigour', 118, 'community interest company', 'CIC', 'CIC', 'replace', 'NGO', null),
  ('rigour', 119, 'cia ltda', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'coltd', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'co., ltd.', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'co.ltd', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'CO.,LTD', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'CO., LTD', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 119, 'compañía limitada', 'Co Ltd', 'CoLtd', 'replace', 'LLC', null),
  ('rigour', 120, 'co-op', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'cooperation', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'cooperative', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'coopératif', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'coopération', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'coopérative', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'kooperatsia', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'kooperatif', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'sociedad cooperativa', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'spółdzielni', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'кооперация', null, null, 'none', 'COOP', null),
  ('rigour', 120, 'кооператив', null, null, 'none', 'COOP', null),
  ('rigour', 121, 'fond commun de placement', null, null, 'none', 'FIN', null),
  ('rigour', 121, 'fond de placement', null, null, 'none', 'FIN', null),
  ('rigour', 122, 'ህብረት ስራ ማህበራት', null, null, 'none', 'COOP', null),
  ('rigour', 123, 'công ty cổ phần', 'cty cp', 'cty cp', 'replace', 'JSC', null),
  ('rigour', 124, 'công ty trách nhiệm hữu hạn', 'cty tnhh', 'cty tnhh', 'replace', 'LLC', null),
  ('rigour', 125, 'công ty trách nhiệm hữu hạn một thành viên', 'cty tnhh mtv', 'cty tnhh mtv', 'replace', 'LLC', null),
  ('rigour', 126, 'comm. v', 'cv', 'cv', 'replace', 'LP', null),
  ('rigour', 126, 'commanditaire vennootschap', 'cv', 'cv', 'replace', 'LP', null),
  ('rigour', 126, 'gewone commanditaire vennootschap', 'cv', 'cv', 'replace', 'LP', null),
  ('rigour', 127, 'comm. va', 'cva', 'cva', 'replace', 'LP', null),
  ('rigour', 127, 'commanditaire vennootschap op aandelen', 'cva', 'cva', 'replace', 'LP', null),
  ('rigour', 128, 'coöperatieve vennootschap met beperkte aansprakelijkheid', 'cvba', 'cvba', 'replace', 'COOP', null),
  ('rigour', 129, 'coöperatieve vennootschap met onbeperkte aansprakelijkheid', 'cvoa', 'cvoa', 'replace', 'COOP', null),
  ('rigour', 130, 'compañía', 'cía', 'cía', 'replace', 'LLC', null),
  ('rigour', 131, 'dis.tic.ltd', 'dis tic ltd', 'dis tic ltd', 'replace', 'LLC', null),
  ('rigour', 132, 'doanh nghiệp nhà nước', 'dnnn', 'dnnn', 'replace', 'SOE', null),
  ('rigour', 133, 'doanh nghiệp tư nhân', 'dntn', 'dntn', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo s ograničenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo sa ograničenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'DRUŠTVO SA OGRANIČENOM ODGOVORNOŠĆU', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo sa ograničenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'drustvo s ogranicenom odgovornoscu', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'drustvo sa ogranicenom odgovornoscu', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo s ograničenom odgovornosću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo sa ograničenom odgovornosću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo s ogranicenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo sa ogranicenom odgovornošću', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo s ograničenom odgovornoscu', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'društvo sa ograničenom odgovornoscu', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'д.о.о.', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'доо', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 134, 'друштво са ограниченом одговорношћу', 'd.o.o.', 'doo', 'replace', 'LLC', null),
  ('rigour', 135, 'društveno preduzeće', null, null, 'none', 'LLC', null),
  ('rigour', 135, 'Ribotos atsakomybės bendrovė', null, null, 'none', 'LLC', null),
  ('rigour', 135, 'дп', null, null, 'none', 'LLC', null),
  ('rigour', 135, 'друштвено предузеће', null, null, 'none', 'LLC', null),
  ('rigour', 136, 'doanh nghiệp có vốn đầu tư nước ngoài', 'dtnn', 'dtnn', 'replace', 'LLC', null),
  ('rigour', 137, 'druzhestvo uchredeno po zakona za zadalzheniyata i dogovorite', 'ДЗЗД', 'ДЗЗД', 'replace', 'LLC', null),
  ('rigour', 137, 'дззд', 'ДЗЗД', 'ДЗЗД', 'replace', 'LLC', null),
  ('rigour', 137, 'дружество учредено по закона за задълженията и договорите', 'ДЗЗД', 'ДЗЗД', 'replace', 'LLC', null),
  ('rigour', 138, 'ednolichno aktsionerno druzhestvo', 'ЕАД', 'ЕАД', 'replace', 'JSC', null),
  ('rigour', 138, 'еад', 'ЕАД', 'ЕАД', 'replace', 'JSC', null),
  ('rigour', 138, 'еднолично акционерно дружество', 'ЕАД', 'ЕАД', 'replace', 'JSC', null),
  ('rigour', 139, 'éénpersoons-BVBA', 'éénpersoons-BVBA', 'bvba', 'replace', 'LLC', null),
  ('rigour', 139, 'eenpersoons besloten vennootschap met beperkte aansprakelijkheid', 'éénpersoons-BVBA', 'bvba', 'replace', 'LLC', null),
  ('rigour', 140, 'evropeysko druzhestvo', null, null, 'none', 'JSC', null),
  ('rigour', 140, 'eвропейско дружество', null, null, 'none', 'JSC', null),
  ('rigour', 140, 'ед', null, null, 'none', 'JSC', null),
  ('rigour', 141, 'european economic interest grouping', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'evropeysko obedinenie po ikonomicheski interesi', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'европейско обединение по икономически интереси', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'EWIV', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'E.W.I.V.', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'Europäische wirtschaftliche Interessenvereinigung', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 141, 'еоии', 'EEIG', 'EEIG', 'replace', 'COOP', null),
  ('rigour', 142, 'eingetragene genossenschaft', 'e.G.', 'eG', 'replace', 'COOP', null),
  ('rigour', 142, 'genossenschaft', 'e.G.', 'eG', 'replace', 'COOP', null),
  ('rigour', 143, 'einkahlutafélag', 'ehf.', 'ehf.', 'replace', 'LLC', null),
  ('rigour', 144, 'entreprise individuelle', 'ei', 'ei', 'replace', 'SP', null),
  ('rigour', 145, 'ekonomisk förening', 'ek. för.', 'ekfor', 'replace', 'COOP', null),
  ('rigour', 146, 'evropeysko kooperativno druzhestvo', 'ekd', 'ekd', 'replace', 'COOP', null),
  ('rigour', 146, 'eвропейско кооперативно дружество', 'ekd', 'ekd', 'replace', 'COOP', null),
  ('rigour', 146, 'екд', 'ekd', 'ekd', 'replace', 'COOP', null),
  ('rigour', 147, 'ednolichno druzhestvo s ogranichena otgovornost', 'ЕООД', 'ЕООД', 'replace', 'LLC', null),
  ('rigour', 147, 'еднолично дружество с ограничена отговорност', 'ЕООД', 'ЕООД', 'replace', 'LLC', null),
  ('rigour', 147, 'еоод', 'ЕООД', 'ЕООД', 'replace', 'LLC', null),
  ('rigour', 148, 'economisch samenwerkingsverband', 'esv', 'esv', 'replace', 'COOP', null),
  ('rigour', 149, 'ednolichen targovets', 'ЕТ', 'ЕТ', 'replace', 'SP', null),
  ('rigour', 149, 'едноличен търговец', 'ЕТ', 'ЕТ', 'replace', 'SP', null),
  ('rigour', 149, 'ет', 'ЕТ', 'ЕТ', 'replace', 'SP', null),
  ('rigour', 150, 'entreprise unipersonnelle à responsabilité limitée', 'EURL', 'EURL', 'replace', 'LLC', null),
  ('rigour', 151, 'e.V.', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'e. V.', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'eV', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'e.V', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'e. V', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'e V', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'eingetragener Verein', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'Eingetragener Verein', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'eingetr. Verein', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'Verein', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 151, 'eingetragene Vereinigung', 'e.V.', 'eV', 'replace', 'NGO', null),
  ('rigour', 152, 'enskild näringsidkare', 'f:ma', 'f:ma', 'replace', null, null),
  ('rigour', 153, 'füüsilisest isikust ettevõtja', 'fie', 'fie', 'replace', null, null),
  ('rigour', 154, 'forening med begrænset ansvar', 'fmba', 'fmba', 'replace', null, null),
  ('rigour', 155, 'GbR', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'Gesellschaft bürgerlichen Rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'Gesellschaft des bürgerlichen Rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'BGB-Gesellschaft', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'Ges. bürgerlichen Rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'gesbr', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'gesellschaft des bürgerlichen rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'gesellschaft bürgerlichen rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 155, 'ges bür rechts', 'GbR', 'GbR', 'replace', 'GP', null),
  ('rigour', 156, 'groupement d''intérêt économique', 'GIE', 'GIE', 'replace', 'COOP', null),
  ('rigour', 157, 'gospodarsko interesno udruženje', null, null, 'none', 'COOP', null),
  ('rigour', 158, '合同会社', 'GK', 'GK', 'replace', 'LLC', null),
  ('rigour', 159, '合名会社', null, null, 'none', 'GP', null),
  ('rigour', 160, 'gosudarstvennoe nauchno proizvodstvennoe predpriyatie', 'GNPP', 'GNPP', 'replace', 'SOE', null),
  ('rigour', 160, 'scientific & production enterprise', 'GNPP', 'GNPP', 'replace', 'SOE', null),
  ('rigour', 160, 'scientific and production enterprise', 'GNPP', 'GNPP', 'replace', 'SOE', null),
  ('rigour', 160, 'государственное научно-производственное предприятие', 'GNPP', 'GNPP', 'replace', 'SOE', null),
  ('rigour', 160, 'державне науково-виробниче підприємство', 'GNPP', 'GNPP', 'replace', 'SOE', null),
  ('rigour', 161, 'gensidigt selskab', null, null, 'none', 'COOP', null),
  ('rigour', 162, '合資会社', null, null, 'none', 'LP', null),
  ('rigour', 163, 'halka açık anonim ortaklık', 'haao', 'haao', 'replace', 'JSC', null),
  ('rigour', 164, 'hlutafélag', 'Hf.', 'Hf', 'replace', 'LLC', null),
  ('rigour', 165, 'hợp tác xã', 'htx', 'htx', 'replace', 'COOP', null),
  ('rigour', 166, 'hindu undivided family', 'huf', 'huf', 'replace', 'SOE', null),
  ('rigour', 167, 'inteprinderea individuala', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'interprinderea individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprindere individuala', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprindere individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprinderea ibdividuala', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprinderea individuala', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprinderea individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprinderea indiviuala', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'intreprinzator individual', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'înterprinderea individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprindera individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprindere individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprinderea individualî', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprinderea individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprindserea individuală', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprinzător individual', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 167, 'întreprinzătorul individual', 'II', 'II', 'replace', 'SP', null),
  ('rigour', 168, 'individuālais komersants', 'ik', 'ik', 'replace', 'SOE', null),
  ('rigour', 169, 'întreprinderea municipală', 'im', 'im', 'replace', 'SOE', null),
  ('rigour', 170, 'incorp', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'incorporated', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorporated', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'incorporation', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'incorporée', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Inc', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Inc.', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorporated', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorp', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorp.', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorported', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorporatd', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorporado', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incorporée', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'Incs', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'in', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 170, 'I N C', 'Inc', 'Inc', 'replace', 'LLC', null),
  ('rigour', 171, 'interessentskab', 'IS', 'IS', 'replace', 'SOE', null),
  ('rigour', 171, 'intreprindere de stat alimentatiei publice', 'IS', 'IS', 'replace', 'SOE', null),
  ('rigour', 171, 'intreprinderea de stat', 'IS', 'IS', 'replace', 'SOE', null),
  ('rigour', 171, 'întreprinderea de stat', 'IS', 'IS', 'replace', 'SOE', null),
  ('rigour', 172, 'iværksætterselskab', 'ivs', 'ivs', 'replace', 'LLC', null),
  ('rigour', 173, 'j.d.o.o', 'jdoo', 'jdoo', 'replace', 'LLC', null),
  ('rigour', 173, 'jednostavno društvo s ograničenom odgovornošću', 'jdoo', 'jdoo', 'replace', 'LLC', null),
  ('rigour', 174, 'javno preduzeće', 'ЈП', 'ЈП', 'replace', 'SOE', null),
  ('rigour', 174, 'јавно предузеће', 'ЈП', 'ЈП', 'replace', 'SOE', null),
  ('rigour', 174, 'ЈП', 'ЈП', 'ЈП', 'replace', 'SOE', null),
  ('rigour', 174, 'Ј.П.', 'ЈП', 'ЈП', 'replace', 'SOE', null),
  ('rigour', 174, 'Ј. П.', 'ЈП', 'ЈП', 'replace', 'SOE', null),
  ('rigour', 175, 'joint stock commercial bank', 'JSCB', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 175, 'Public Joint-Stock Commercial Bank', 'JSCB', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 175, 'Joint-Stock Bank', 'JSCB', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 175, 'PJSCB', 'JSCB', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'Акціонерний комерційний банк', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'акционерный коммерческий банк', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'АКЦИОНЕРНЫЙ КОММЕРЧЕСКИЙ БАНК', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'акционерный коммерческий банк', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'Aktsionerny Kommercheskiy Bank', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'АКЦИОНЕРНЫЙ КОМЕРЧЕСКИЙ БАНК', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'АКЦЫОНЕРНЫЙ КОММЕРЧЕСКИЙ БАНК', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'АКЦИОНЕРНЫ КОММЕРЧЕСКИЙ БАНК', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 176, 'АКЦИОНЕРНЫЙ КОМЕРЧЕСКИ БАНК', 'АКБ', 'JSCB', 'replace', 'JSC', null),
  ('rigour', 177, 'Акционерное общество Финансово-строительная компания', null, null, 'none', 'JSC', null),
  ('rigour', 178, 'j.t.d.', 'jtd', 'jtd', 'replace', 'JSC', null),
  ('rigour', 178, 'javno trgovačko društvo', 'jtd', 'jtd', 'replace', 'JSC', null),
  ('rigour', 179, 'jusikhoesa', null, null, 'none', 'JSC', null),
  ('rigour', 179, '㈜', null, null, 'none', 'JSC', null),
  ('rigour', 179, '주식회사', null, null, 'none', 'JSC', null),
  ('rigour', 180, 'joint venture', 'jv', 'jv', 'replace', null, null),
  ('rigour', 181, 'kommanditbolag', 'kb', 'kb', 'replace', 'LP', null),
  ('rigour', 182, 'komanditno druzhestvo s aktsii', 'kda', 'kda', 'replace', 'LP', null),
  ('rigour', 182, 'komanditno druzhestvo s aktsiyami', 'kda', 'kda', 'replace', 'LP', null),
  ('rigour', 182, 'komanditno druzhestvo s aktsiyami', 'kda', 'kda', 'replace', 'LP', null),
  ('rigour', 182, 'кда', 'kda', 'kda', 'replace', 'LP', null),
  ('rigour', 182, 'командитно дружество с акции', 'kda', 'kda', 'replace', 'LP', null),
  ('rigour', 183, 'kommanditerwerbsgesellschaft', 'keG', 'keG', 'replace', 'GP', null),
  ('rigour', 184, 'kft', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'korlatolt felelossegu tarsasag', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'Korlátolt Felelősségű Társaság', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'korlátolt felelősségü társaság, organizační složka', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'korlátolt felelősségű társaság', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'K f t', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 184, 'Korlatolt Felelossegu Tarsasag', 'Kft.', 'Kft.', 'replace', 'LLC', null),
  ('rigour', 185, '株式会社', null, null, 'none', 'JSC', null),
  ('rigour', 186, 'kolektif şirket', 'koll. şti.', 'koll. şti.', 'replace', 'GP', null),
  ('rigour', 187, 'komandit şirket', 'kom. şti', 'kom. şti', 'replace', 'LP', null),
  ('rigour', 188, 'kooperatif şirket', 'koop', 'koop', 'replace', 'COOP', null),
  ('rigour', 189, 'komanditní společnost', 'ks', 'ks', 'replace', 'LP', null),
  ('rigour', 189, 'komandītsabiedrība', 'ks', 'ks', 'replace', 'LP', null),
  ('rigour', 189, 'kommanditselskab', 'ks', 'ks', 'replace', 'LP', null),
  ('rigour', 190, 'kommandiittiyhtiö', 'ky', 'ky', 'replace', 'LP', null),
  ('rigour', 191, 'товариство з обмеженою відповідальністю', 'ТОВ', 'OOO', 'replace', 'LLC', null),
  ('rigour', 191, 'тов', 'ТОВ', 'OOO', 'replace', 'LLC', null),
  ('rigour', 191, 'тзов', 'ТОВ', 'OOO', 'replace', 'LLC', null),
  ('rigour', 192, 'tovarystvo z obmezhenoyu vidpovidalnistyu', 'TOV', 'TOV', 'replace', 'LLC', null),
  ('rigour', 192, 'Tovarystvo z obmezhenoiu vidpovidalnistiu', 'TOV', 'TOV', 'replace', 'LLC', null),
  ('rigour', 193, 'субъект предпринимательской деятельности', 'СПД', 'SPD', 'replace', 'SP', null),
  ('rigour', 193, 'СУБЪЕКТ ПРЕДПРИНИМАТЕЛЬСКОЙ ДЕЯТЕЛЬНОСТИ', 'СПД', 'SPD', 'replace', 'SP', null),
  ('rigour', 193, 'суб''єкт підприємницької діяльності', 'СПД', 'SPD', 'replace', 'SP', null),
  ('rigour', 193, 'СУБ''ЄКТ ПІДПРИЄМНИЦЬКОЇ ДІЯЛЬНОСТІ', 'СПД', 'SPD', 'replace', 'SP', null),
  ('rigour', 194, 'физическое лицо-предприниматель', 'ФОП', 'FOP', 'replace', 'SP', null),
  ('rigour', 194, 'ФИЗИЧЕСКОЕ ЛИЦО-ПРЕДПРИНИМАТЕЛЬ', 'ФОП', 'FOP', 'replace', 'SP', null),
  ('rigour', 194, 'фізична особа-підприємець', 'ФОП', 'FOP', 'replace', 'SP', null),
  ('rigour', 194, 'ФІЗИЧНА ОСОБА-ПІДПРИЄМЕЦЬ', 'ФОП', 'FOP', 'replace', 'SP', null),
  ('rigour', 195, 'tavaristva z abmezhavanaj adkaznastsiu', null, null, 'none', 'LLC', null),
  ('rigour', 196, 'limited ortaklık', null, null, 'none', 'LP', null),
  ('rigour', 197, 'limited partnership', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 197, 'L.P.', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 197, 'L.P', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 197, 'Л.П.', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 197, 'Л.П', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 197, '兩合公司', 'LP', 'LP', 'replace', 'LP', null),
  ('rigour', 198, 'Limited Liability Company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'limited liability company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY CO', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY COMP', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY COMPANY', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY CO.', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY CORP', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY CORPORATION', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LIMITED LIABILITY CORP.', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'FOREIGN LIMITED LIABILITY COMPANY', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LTD LIABILITY COMPANY', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LTD LIABILITY COMP', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LTD LIABILITY CO', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'L.L.C', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'L.L.C.', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'L L C', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LLCs', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LL', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'LC', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Ltd Liability Co', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Limited Liability Corp', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Lmtd Liability Company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Lt Liability Company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Limited Liab Co', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Ltd Liab Company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Limitd Liability Co', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'Limted Liability Co', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 198, 'private limited liability company', 'LLC', 'LLC', 'replace', 'LLC', null),
  ('rigour', 199, 'lda.', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'limitada', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limitada', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limitd', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limite', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'limited', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limited', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'limited by guarantee', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'limited by shares', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'ЧАСТНАЯ КОМПАНИЯ С ОТВЕТСТВЕННОСТЬЮ, ОГРАНИЧЕННОЙ АКЦИЯМИ', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'ЧАСТНАЯ КОМПАНИЯ С ОТВЕТСТВЕННОСТЬЮ', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limited Co', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'limited company', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limitée', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Limted', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Lmtd', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Lt', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Lt.', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Ltd', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Ltd Co.', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'ltd.', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Ltd. Co', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'ltd. co.', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'ltda', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'Ltds', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'private company with limited liability', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 199, 'private limited company', 'Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 200, 'Cyfyngedig', 'Cyf', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 200, 'Cyf.', 'Cyf', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 200, 'Cyf', 'Cyf', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'компания с ограниченной ответственностью', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'лтд', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'лимитед', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'Лімітед', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'ЛИМИТЕД', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'בע"מ', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, '有限公司', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, '有限', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'المحدودة', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 201, 'المساهمة المحدودة', null, 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'Ltd. Sti.', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'limited şirket', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'ltd.sti', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'Limited Şirket', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'Ltd. Şti.', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'Ltd Sti', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'Ltd. Sti', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'limited sti', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'limited şirket', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 202, 'limited şirketi', 'Ltd Sti', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 203, 'შპს', 'შპს', 'შპს', 'replace', 'LLC', null),
  ('rigour', 203, 'შეზღუდული პასუხისმგებლობის საზოგადოება', 'შპს', 'შპს', 'replace', 'LLC', null),
  ('rigour', 204, 'mas''uliyati cheklangan jamiyat', 'МЧЖ', 'МЧЖ', 'replace', 'LLC', null),
  ('rigour', 204, 'масъулияти чекланган жамият', 'МЧЖ', 'МЧЖ', 'replace', 'LLC', null),
  ('rigour', 204, 'Масъулияти чекланган жамият', 'МЧЖ', 'МЧЖ', 'replace', 'LLC', null),
  ('rigour', 204, 'Mas''uliyati cheklangan jamiyat', 'МЧЖ', 'МЧЖ', 'replace', 'LLC', null),
  ('rigour', 204, 'MChJ', 'МЧЖ', 'МЧЖ', 'replace', 'LLC', null),
  ('rigour', 205, 'məhdud məsuliyyətli cəmiyyət', 'MMC', 'MMC', 'replace', 'LLC', null),
  ('rigour', 206, 'mittetulundusühing', 'mtü', 'mtü', 'replace', 'NGO', null),
  ('rigour', 207, 'N.A', 'NA', 'NA', 'replace', null, null),
  ('rigour', 207, 'N.A.', 'NA', 'NA', 'replace', null, null),
  ('rigour', 207, 'national association', 'NA', 'NA', 'replace', null, null),
  ('rigour', 208, 'nin''i kumiai', null, null, 'none', 'FIN', null),
  ('rigour', 208, '任意組合', null, null, 'none', 'FIN', null),
  ('rigour', 208, 'NON-BANK CREDIT ORGANIZATION', null, null, 'none', 'FIN', null),
  ('rigour', 208, 'Небанковская кредитная организация', null, null, 'none', 'FIN', null),
  ('rigour', 208, 'небанковская кредитная организация', null, null, 'none', 'FIN', null),
  ('rigour', 208, 'Расчетная небанковская кредитная организация', null, null, 'none', 'FIN', null),
  ('rigour', 208, 'Settlement non-banking credit organization', null, null, 'none', 'FIN', null),
  ('rigour', 209, 'некоммерческое партнерство', 'нп', 'нп', 'replace', 'NGO', null),
  ('rigour', 209, 'некоммерческое партнёрство', 'нп', 'нп', 'replace', 'NGO', null),
  ('rigour', 209, 'нп', 'нп', 'нп', 'replace', 'NGO', null),
  ('rigour', 210, 'N.V.', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'N.V', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'naamloze vennootschap', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'N V', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'Naamloze Vennootschap', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'Naamlze Vennootschap', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'N. Vennootschap', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 210, 'Naaml. Vennootschap', 'NV', 'NV', 'replace', 'JSC', null),
  ('rigour', 211, 'ochiq aksiyadorlik jamiyati', 'OAJ', 'OAJ', 'replace', 'JSC', null),
  ('rigour', 211, 'очиқ акциядорлик жамияти', 'OAJ', 'OAJ', 'replace', 'JSC', null),
  ('rigour', 212, 'o.d.', 'od', 'od', 'replace', 'LLC', null),
  ('rigour', 212, 'ortačko društvo', 'od', 'od', 'replace', 'LLC', null),
  ('rigour', 212, 'о.д.', 'od', 'od', 'replace', 'LLC', null),
  ('rigour', 212, 'од', 'od', 'od', 'replace', 'LLC', null),
  ('rigour', 212, 'ортачко друштво', 'od', 'od', 'replace', 'LLC', null),
  ('rigour', 213, 'obshchestvo s dopolnitel''noj otvetstvennost''yu', 'ОДО', 'ОДО', 'replace', 'LLC', null),
  ('rigour', 213, 'одо', 'ОДО', 'ОДО', 'replace', 'LLC', null),
  ('rigour', 213, 'общество с дополнительной ответственностью', 'ОДО', 'ОДО', 'replace', 'LLC', null),
  ('rigour', 214, 'offene erwerbsgesellschaft', 'oeg', 'oeg', 'replace', null, null),
  ('rigour', 215, 'offene gesellschaft', 'og', 'og', 'replace', null, null),
  ('rigour', 216, 'oilaviy korxona', null, null, 'none', 'SP', null),
  ('rigour', 216, 'оилавий корхона', null, null, 'none', 'SP', null),
  ('rigour', 217, 'non-governmental organization', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non governmental organization', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non-government organisation', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non governmental organisation', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non-profit organization', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non profit organization', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non-profit organisation', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'non profit organisation', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'ngo', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'N.G.O.', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'N G O', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o.', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o.', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o.', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'n.g.o', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'ngo', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'ن.م.م', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 217, 'منظمة غير حكومية', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'non-profit organization', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NON-PROFIT ORGANIZATION', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NON PROFIT ORGANIZATION', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NONPROFIT ORGANIZATION', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NPO', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'N.P.O.', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NON-PROFIT', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 218, 'NONPROFIT', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'niegovorni organizaciji', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'nevladine organizacije', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'nevladina organizacija', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'CHARITY', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'CHARITABLE ORGANIZATION', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'CHARITABLE ORGANISATION', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'CHARITABLE FUND', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'CHARITY FUND', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Nichtregierungsorganisation', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizația societății civile', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizația societatii civile', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizația neguvernamentală', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizația neguvernamentala', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Niet-gouvernementele organisatie', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizacja pozarządowa', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Organizacja pozarzadowa', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Nevládní organizace', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Nevladni organizace', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Mimovládna organizácia', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 219, 'Mimovladna organizacia', null, 'NGO', 'replace', 'NGO', null),
  ('rigour', 220, 'civil society organization', null, 'CSO', 'replace', 'NGO', null),
  ('rigour', 220, 'civil society organisation', null, 'CSO', 'replace', 'NGO', null),
  ('rigour', 220, 'Civil Society Organization', null, 'CSO', 'replace', 'NGO', null),
  ('rigour', 220, 'Civil Society Organisation', null, 'CSO', 'replace', 'NGO', null),
  ('rigour', 221, 'Organisation non gouvernementale', 'ONG', 'ONG', 'replace', 'NGO', null),
  ('rigour', 221, 'Organización no gubernamental', 'ONG', 'ONG', 'replace', 'NGO', null),
  ('rigour', 221, 'Organização não governamental', 'ONG', 'ONG', 'replace', 'NGO', null),
  ('rigour', 221, 'Organizzazione non governativa', 'ONG', 'ONG', 'replace', 'NGO', null),
  ('rigour', 222, 'drujestvo s ogranichena otgovornost', 'ood', 'ood', 'replace', 'LLC', null),
  ('rigour', 222, 'druzestvo s ogranicena otgovornost', 'ood', 'ood', 'replace', 'LLC', null),
  ('rigour', 222, 'druzhestvo s ogranichena otgovornost', 'ood', 'ood', 'replace', 'LLC', null),
  ('rigour', 222, 'дружество с ограничена отговорност', 'ood', 'ood', 'replace', 'LLC', null),
  ('rigour', 222, 'оод', 'ood', 'ood', 'replace', 'LLC', null),
  ('rigour', 223, 'obiteljsko poljoprivredno gospodarstvo', 'OPG', 'OPG', 'replace', 'SP', null),
  ('rigour', 224, 'obecně prospěšná společnost', 'ops', 'ops', 'replace', 'NGO', null),
  ('rigour', 224, 'o.p.s.', 'ops', 'ops', 'replace', 'NGO', null),
  ('rigour', 224, 'o.p.s', 'ops', 'ops', 'replace', 'NGO', null),
  ('rigour', 225, 'občanské sdružení.', null, null, 'none', 'NGO', null),
  ('rigour', 226, 'organização da sociedade civil de interesse público', 'OSCIP', 'OSCIP', 'replace', 'NGO', null),
  ('rigour', 227, 'osuuskunta', 'osk', 'osk', 'replace', null, null),
  ('rigour', 228, 'onderlinge waarborgmaatschappij', 'owm', 'owm', 'replace', 'FIN', null),
  ('rigour', 229, 'osakeyhtiö', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'Osakeyhtiö', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'Ab Company Oy', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'Oy Company Ab', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'Company Oy Ab', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'O.Y.', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 229, 'O/Y', 'oy', 'oy', 'replace', 'LLC', null),
  ('rigour', 230, 'julkinen osakeyhtiö', 'oyj', 'oyj', 'replace', 'JSC', null),
  ('rigour', 231, 'osaühing', 'oü', 'oü', 'replace', null, null),
  ('rigour', 232, 'ኮርፖሬሽን', 'pc', 'pc', 'replace', null, null),
  ('rigour', 233, 'የመንግስት ልማት ድርጅቶች', 'pe', 'pe', 'replace', null, null),
  ('rigour', 234, 'приватне підприємство', 'ПП', 'ПП', 'replace', 'SP', null),
  ('rigour', 235, 'Pryvatne pidpryiemstvo', 'PP', 'PP', 'replace', 'SP', null),
  ('rigour', 236, 'preduzetnik', 'pr', 'pr', 'replace', null, null),
  ('rigour', 236, 'пр', 'pr', 'pr', 'replace', null, null),
  ('rigour', 236, 'предузетник', 'pr', 'pr', 'replace', null, null),
  ('rigour', 237, 'partnerselskab', 'ps', 'ps', 'replace', null, null),
  ('rigour', 237, 'pilnsabiedrība', 'ps', 'ps', 'replace', null, null),
  ('rigour', 238, 'public sector enterprise', 'pse', 'pse', 'replace', null, null),
  ('rigour', 239, 'public sector undertaking', 'psu', 'psu', 'replace', null, null),
  ('rigour', 240, 'perseroan terbatas', 'pt', 'pt', 'replace', null, null),
  ('rigour', 241, 'perseroan terbatas terbuka', 'pt tbk', 'pt tbk', 'replace', null, null),
  ('rigour', 242, 'proprietary limited', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'proprietary limited company', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'proprietary Ltd', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'pty ltd', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'Pty. Ltd.', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'Pty. Ltd', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'Pty Ltd.', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 242, 'Pty Limited', 'Pty Ltd', 'Ltd', 'replace', 'LLC', null),
  ('rigour', 243, 'qo''shma korxona', 'qk', 'qk', 'replace', null, null),
  ('rigour', 243, 'қўшма корхона', 'qk', 'qk', 'replace', null, null),
  ('rigour', 244, 'qo''shimcha ma''suliyatli jamiyat', 'qmj', 'qmj', 'replace', null, null),
  ('rigour', 244, 'қўшимча масъулиятли жамият', 'qmj', 'qmj', 'replace', null, null),
  ('rigour', 245, 'qapalı səhmdar cəmiyyəti', 'QSC', 'QSC', 'replace', null, null),
  ('rigour', 245, 'qapalı tipli səhmdar cəmiyyəti', 'QSC', 'QSC', 'replace', null, null),
  ('rigour', 246, 'rekisteröity puolue', 'rp', 'rp', 'replace', null, null),
  ('rigour', 247, 'säätiö', 'rs', 'rs', 'replace', null, null),
  ('rigour', 248, 'rekisteröity yhdistys', 'ry', 'ry', 'replace', 'NGO', null),
  ('rigour', 248, 'rekisteröity yhdistys ry', 'ry', 'ry', 'replace', 'NGO', null),
  ('rigour', 248, 'rekisteröity yhdistys ry.', 'ry', 'ry', 'replace', 'NGO', null),
  ('rigour', 248, 'rekisteröity yhdistys ry.', 'ry', 'ry', 'replace', 'NGO', null),
  ('rigour', 249, 'reykjavikurfélag', 'rf', 'rf', 'replace', 'NGO', null),
  ('rigour', 249, 'Registrerad förening', 'rf', 'rf', 'replace', 'NGO', null),
  ('rigour', 250, 'sociedad comanditaria', 's.cra.', 'scra', 'replace', 'LP', null),
  ('rigour', 251, 's.a.', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'S.A.', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'S.A', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sarf', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedad anonima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedad anónima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedada anonima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedade anónima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedade anônima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'sociedá anónima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'societat anònima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Sociedad Anónima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Société Anonyme', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Sociedade Anônima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Societa Anonima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Societate Anonima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'societate pe acțiuni', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'societatea pe actiuni', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'societatea pe acţiuni', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'Societatea pe acțiuni', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'societateare pe actiuni', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'società anonima', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'société anonyme', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'société par actions de régime fédéral', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'société par actions par loi sur les sociétés par actions', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'société par actions', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'spółka akcyjna', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'SPÓŁKA AKCYJNA', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 251, 'شركة خفية الإسم', 'SA', 'SA', 'replace', 'JSC', null),
  ('rigour', 252, 'sociedad anónima deportiva', 'SAD', 'SAD', 'replace', 'JSC', null),
  ('rigour', 253, 'sharikat al-mossahamah', null, null, 'none', 'JSC', null),
  ('rigour', 253, 'شـركـة الـمـسـاهـمـة', null, null, 'none', 'JSC', null),
  ('rigour', 254, 'société anonyme omanaise close', 'saoc', 'saoc', 'replace', 'JSC', null),
  ('rigour', 255, 'société anonyme omanaise générale', 'saog', 'saog', 'replace', 'JSC', null),
  ('rigour', 256, 'società in accomandita per azioni', 'sapa', 'sapa', 'replace', 'LP', null),
  ('rigour', 257, 'S.A.R.L.', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'société à responsabilité limitée', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'S A R L', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'Société à Responsabilité Limitée', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'Soc. à Resp. Limitée', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'Soc à Responsab Limitée', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'S. à R. L.', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 257, 'شّركة ذات مسؤوليّات محدودة ش.م.م', 'SARL', 'SARL', 'replace', 'LLC', null),
  ('rigour', 258, 'sociedades por acciones simplificada', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'société par actions simplifiée', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'S.A.S.', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'S A S', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'Société par Actions Simplifiée', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'Soc. par Actions Simplifiée', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'Société Actions Simplifiée', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 258, 'S. par A. S.', 'SAS', 'SAS', 'replace', 'LLC', null),
  ('rigour', 259, 'société commerciale canadienne', 'scc', 'scc', 'replace', 'LLC', null),
  ('rigour', 260, 'societas cooperativa europaea', 'sce', 'sce', 'replace', 'COOP', null),
  ('rigour', 261, 'société coopérative de production', 'scop', 'scop', 'replace', 'COOP', null),
  ('rigour', 262, 'sociedad civil privada', 'scpa', 'scpa', 'replace', null, null),
  ('rigour', 263, 'secs', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 263, 's.c.s.', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 263, 'sociedad en comandita simple', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 263, 'société en commandite simple', 'SCS', 'SCS', 'replace', 'LP', null),
  ('rigour', 264, 's-ie', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'sabiratelno druzhestvo (sd)/sadruzhie', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'sd/s-ie', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'с-ие', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'сд', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'събирателно дружество', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 264, 'събирателно дружество (сд)/съдружие', 'SD', 'SD', 'replace', 'LLC', null),
  ('rigour', 265, 'Sdn. Bhd.', 'Sdn Bhd', 'Sdn Bhd', 'replace', 'LLC', null),
  ('rigour', 265, 'sendirian berhad', 'Sdn Bhd', 'Sdn Bhd', 'replace', 'LLC', null),
  ('rigour', 266, 'SE', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 266, 'S.E.', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 266, 'Societas Europaea', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 266, 'societas europaea', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 266, 'Europäische Aktiengesellschaft', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 266, 'Europäische Gesellschaft', 'SE', 'SE', 'replace', 'JSC', null),
  ('rigour', 267, 'société d''économie mixte', 'sem', 'sem', 'replace', 'COOP', null),
  ('rigour', 268, 'société en participation', null, null, 'none', 'COOP', null),
  ('rigour', 269, 'sameignarfélag', 'sf', 'sf', 'replace', 'GP', null),
  ('rigour', 270, 'sociedad de garantia reciproca', 'SGR', 'SGR', 'replace', 'COOP', null),
  ('rigour', 270, 'sociedad de garantía reciproca', 'SGR', 'SGR', 'replace', 'COOP', null),
  ('rigour', 270, 'Sociedad de Garantia Reciproca', 'SGR', 'SGR', 'replace', 'COOP', null),
  ('rigour', 270, 'S.G.R.', 'SGR', 'SGR', 'replace', 'COOP', null),
  ('rigour', 271, 'sabiedrība ar ierobežotu atbildību', 'SIA', 'SIA', 'replace', 'LLC', null),
  ('rigour', 271, 'Sabiedrība ar ierobežotu atbildību', 'SIA', 'SIA', 'replace', 'LLC', null),
  ('rigour', 271, 'S.I.A.', 'SIA', 'SIA', 'replace', 'LLC', null),
  ('rigour', 271, 'сиа', 'SIA', 'SIA', 'replace', 'LLC', null),
  ('rigour', 272, 'société d''investissement à capital fixe', 'sicaf', 'sicaf', 'replace', 'FIN', null),
  ('rigour', 273, 'société d''investissement à capital variable', 'SICAV', 'SICAV', 'replace', 'FIN', null),
  ('rigour', 273, 'S I C A V', 'SICAV', 'SICAV', 'replace', 'FIN', null),
  ('rigour', 273, 'Société d''Investissement à Capital Variable', 'SICAV', 'SICAV', 'replace', 'FIN', null),
  ('rigour', 273, 'Soc Invest Capital Variable', 'SICAV', 'SICAV', 'replace', 'FIN', null),
  ('rigour', 274, 'sociedad limitada laboral', 'SLL', 'SLL', 'replace', 'LLC', null),
  ('rigour', 275, 's.l.n.e.', 'SLNE', 'SLNE', 'replace', 'LLC', null),
  ('rigour', 275, 'sociedad limitada nueva empresa', 'SLNE', 'SLNE', 'replace', 'LLC', null),
  ('rigour', 276, 'Pte. Ltd.', 'Pte Ltd', 'Pte Ltd', 'replace', 'LLC', null),
  ('rigour', 276, 'Pte Ltd', 'Pte Ltd', 'Pte Ltd', 'replace', 'LLC', null),
  ('rigour', 276, 'pte ltd.', 'Pte Ltd', 'Pte Ltd', 'replace', 'LLC', null),
  ('rigour', 276, 'pte. ltd.', 'Pte Ltd', 'Pte Ltd', 'replace', 'LLC', null),
  ('rigour', 276, 'Single Member Private Limited Company', 'Pte Ltd', 'Pte Ltd', 'replace', 'LLC', null),
  ('rigour', 277, 'selskab med begrænset ansvar', 'smba', 'smba', 'replace', 'LLC', null),
  ('rigour', 278, 'société en nom collectif', 'snc', 'snc', 'replace', 'LP', null),
  ('rigour', 279, 'садоводческое некоммерческое товарищество', 'snt', 'snt', 'replace', 'LP', null),
  ('rigour', 280, 's.p.', null, null, 'none', 'SP', null),
  ('rigour', 280, 'samostalni preduzetnik', null, null, 'none', 'SP', null),
  ('rigour', 280, 'státní podnik', null, null, 'none', 'SP', null),
  ('rigour', 281, 'società per azioni', 'SpA', 'SpA', 'replace', 'JSC', null),
  ('rigour', 281, 'SOCIETA'' PER AZIONI', 'SpA', 'SpA', 'replace', 'JSC', null),
  ('rigour', 281, 'Sociedade por ações', 'SpA', 'SpA', 'replace', 'JSC', null),
  ('rigour', 282, 'stichting particulier fonds', 'spf', 'spf', 'replace', 'NGO', null),
  ('rigour', 283, 'société privée à responsabilité limitée', 'SPRL', 'SPRL', 'replace', 'LLC', null),
  ('rigour', 283, 'société privée à responsabilité limitée unipersonnelle', 'SPRL', 'SPRL', 'replace', 'LLC', null),
  ('rigour', 284, 'intreprinderea cu responsabilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 's.r.l', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 's.r.l.', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'S R L', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'Società a Responsabilità Limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'Sociedad de Responsabilidad Limitada', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'Societate cu Raspundere Limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'Soc. Resp. Limitada', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'Soc a Resp Limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'sicietatea de raspundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'sociedad de responsabilidad limitada', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societata cu raspundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu rasponbilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu raspundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu responsabilitate limiiata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu responsabilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu răspundere limitată', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societate cu răspundre limitată', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu rasdpundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu rasponsabilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu raspundere', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu raspundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu raspundere limitate', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu responsabilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu responsabilitatea limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu respundere limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu răspundere', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatea cu răspundere limitată', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societatii cu raspunderea limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'societete cu răspundere limitată', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'società a responsabilità limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 284, 'socitate cu responsabilitate limitata', 'SRL', 'SRL', 'replace', 'LLC', null),
  ('rigour', 285, 'részvénytársaság', 'Rt.', 'Rt.', 'replace', 'JSC', null),
  ('rigour', 286, 'nyilvánosan működő részvénytársaság', 'Nyrt.', 'Nyrt.', 'replace', 'JSC', null),
  ('rigour', 286, 'Nyilvánosan működő részvénytársaság', 'Nyrt.', 'Nyrt.', 'replace', 'JSC', null),
  ('rigour', 287, 'Zártkörűen Működő Részvénytársaság', 'Zrt.', 'Zrt.', 'replace', 'JSC', null),
  ('rigour', 288, 'Betéti Társaság', 'Bt.', 'Bt.', 'replace', 'LP', null),
  ('rigour', 289, 'Közkereseti Társaság', 'Kkt.', 'Kkt.', 'replace', 'GP', null),
  ('rigour', 290, 'Egyéni Vállalkozó', null, null, 'none', 'SP', null),
  ('rigour', 290, 'Egyéni Cég', null, null, 'none', 'SP', null),
  ('rigour', 291, 'Szövetkezet', 'Szöv.', 'Szöv.', 'replace', 'COOP', null),
  ('rigour', 291, 'szövetkezet', 'Szöv.', 'Szöv.', 'replace', 'COOP', null),
  ('rigour', 292, 'egyesület', 'Egyes.', 'Egyes.', 'replace', 'NGO', null),
  ('rigour', 292, 'Egyes.', 'Egyes.', 'Egyes.', 'replace', 'NGO', null),
  ('rigour', 293, 'alapítvány', 'Alap.', 'Alap.', 'replace', 'NGO', null),
  ('rigour', 294, 'közhasznú társaság', 'Kht.', 'Kht.', 'replace', 'NGO', null),
  ('rigour', 295, 'európai gazdasági egyesülés', 'EGE', 'EGE', 'replace', 'COOP', null),
  ('rigour', 296, 'közjogi szervezet', 'Kjsz.', 'Kjsz.', 'replace', 'SOE', null),
  ('rigour', 297, 'külföldi székhelyű vállalkozás fióktelepe', 'Kft. fióktelep', 'Kft. fióktelep', 'replace', 'LLC', null),
  ('rigour', 298, 'egyszerű társaság', 'Et.', 'Et.', 'replace', 'GP', null),
  ('rigour', 299, 'közös vállalat', 'Kv.', 'Kv.', 'replace', 'JV', null),
  ('rigour', 300, 'erdészeti társulás', 'Ets.', 'Ets.', 'replace', 'COOP', null),
  ('rigour', 301, 'Sociedade limitada', 'Ltda', 'Ltda', 'replace', 'LLC', null),
  ('rigour', 301, 'sociedada limitada', 'Ltda', 'Ltda', 'replace', 'LLC', null),
  ('rigour', 302, 's.r.o', 'sro', 'sro', 'replace', 'LLC', null),
  ('rigour', 302, 'společnost s ručením omezeným', 'sro', 'sro', 'replace', 'LLC', null),
  ('rigour', 303, 'stille gesellschaft', 'StG', 'StG', 'replace', null, null),
  ('rigour', 304, 'شّركة فردية ذات مسؤوليّات محدودة', 'suarl', 'suarl', 'replace', 'LLC', null),
  ('rigour', 305, 'oiminimi', 't:mi', 't:mi', 'replace', null, null),
  ('rigour', 306, 'sirketi', 'Sti', 'Sti', 'replace', 'LLC', null),
  ('rigour', 306, 'şirketi', 'Sti', 'Sti', 'replace', 'LLC', null),
  ('rigour', 306, 'şti', 'Sti', 'Sti', 'replace', 'LLC', null),
  ('rigour', 307, 'militärische organisation', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militärische Organisation', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militärische Vereinigung', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militärische Vereinigung', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militarna organizacija', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militarna organizacija', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militarne organizacije', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'militarne organizacije', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'pmc', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'Приватна військова компанія', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'ЧВК', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'Частная военная компания', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'ChVK', null, null, 'none', 'MIL', null),
  ('rigour', 307, 'Private Military Company', null, null, 'none', 'MIL', null),
  ('rigour', 308, 'tokumei kumiai', null, null, 'none', 'LP', null),
  ('rigour', 308, '匿名組合', null, null, 'none', 'LP', null),
  ('rigour', 309, 'товарищество с ограниченной ответственностью', 'ТОО', 'ТОО', 'replace', 'LLP', null),
  ('rigour', 310, 'täisühing', 'tü', 'tü', 'replace', 'LP', null),
  ('rigour', 311, 'uždaroji akcinė bendrovė', 'UAB', 'UAB', 'replace', 'LLC', null),
  ('rigour', 311, 'uždarosios akcinės bendrovės', 'UAB', 'UAB', 'replace', 'LLC', null),
  ('rigour', 312, 'unitar korxona', null, null, 'none', 'SOE', null),
  ('rigour', 312, 'унитар корхона', null, null, 'none', 'SOE', null),
  ('rigour', 313, 'unlimited', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 313, 'unlimited company', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 313, 'unlimited proprietary', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 313, 'unltd', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 313, '無限公司', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 313, 'Unlimited Proprietary', 'Ultd', 'Ultd', 'replace', 'SP', null),
  ('rigour', 314, 'consorzio statale', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'den føderale statsejede budgetinstitution', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'empresa orçamental do estado federal', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'empresa unitaria estatal de la', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'empresa unitária estatal', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'entità statali', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'entreprise unitaire d’état', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'gosudarstvennoe unitarnoe predpriyatie', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'Staatsinformatieagentschap', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'impresa unitaria statale', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'staatliches einheitsunternehmen', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'staatskonzern', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'state concern', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'state enterprise', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'state unitary enterprise', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'state unitary enterprise of the', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'státní jednotný podnik', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'státní koncern', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'unitarnoe predpriyatie', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'unіtarnae pradpryemstva', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'štátny unitárny podnik', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'государственного унитарного предприятия', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'гп', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'державного унітарного підприємства', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'державне унітарне підприємство', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'федеральне державне унітарне підприємство', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'унитарное предприятие', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'унітарнае прадпрыемства', null, null, 'remove', 'SOE', null),
  ('rigour', 314, 'уп', null, null, 'remove', 'SOE', null),
  ('rigour', 315, 'federal state budgetary enterprise', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'federal state budgetary institution', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'federal state institution', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'federal state unitary enterprise', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'FEDERAL STATE BUDGETARY INSTITUTION', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'federalna budżetowa instytucja', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'föderales staatseigenes unternehmen', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'Întreprinderea unitară a statului federal', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'Empresa Pública Unitária Federal', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'Entreprise unitaire publique fédérale', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 315, 'federalne państwowe przedsiębiorstwo unitarne', 'FGBU', null, 'remove', 'SOE', null),
  ('rigour', 316, 'usaldusühing', 'UÜ', 'UÜ', 'replace', 'LP', null),
  ('rigour', 317, 'vennootschap onder firma', 'vof', 'vof', 'replace', 'SP', null),
  ('rigour', 318, 'veřejná obchodní společnost', 'vos', 'vos', 'replace', 'SP', null),
  ('rigour', 319, 'internationale vereniging zonder winstoogmerk', 'vzw', 'vzw', 'replace', 'NGO', null),
  ('rigour', 319, 'ivzw', 'vzw', 'vzw', 'replace', 'NGO', null),
  ('rigour', 319, 'vereinigung ohne gewinnerzielungsabsicht', 'vzw', 'vzw', 'replace', 'NGO', null),
  ('rigour', 319, 'vereniging zonder winstoogmerk', 'vzw', 'vzw', 'replace', 'NGO', null),
  ('rigour', 319, 'vog', 'vzw', 'vzw', 'replace', 'NGO', null),
  ('rigour', 320, 'xususiy korxona', 'xk', 'xk', 'replace', null, null),
  ('rigour', 320, 'хусусий корхона', 'xk', 'xk', 'replace', null, null),
  ('rigour', 321, 'xususiy tadbirkorlik', 'xt', 'xt', 'replace', null, null),
  ('rigour', 321, 'хусусий тадбиркорлик', 'xt', 'xt', 'replace', null, null),
  ('rigour', 322, '有限会社', 'yk', 'yk', 'replace', 'LLC', null),
  ('rigour', 323, 'yopiq aksiyadorlik jamiyati', 'yoaj', 'yoaj', 'replace', 'JSC', null),
  ('rigour', 323, 'ёпиқ акциядорлик жамияти', 'yoaj', 'yoaj', 'replace', 'JSC', null),
  ('rigour', 324, '(yu)', 'yu', 'yu', 'replace', 'LLC', null),
  ('rigour', 324, '(유)', 'yu', 'yu', 'replace', 'LLC', null),
  ('rigour', 324, 'yuhanhoesa', 'yu', 'yu', 'replace', 'LLC', null),
  ('rigour', 324, '유한회사', 'yu', 'yu', 'replace', 'LLC', null),
  ('rigour', 325, 'cjsc', 'CJSC', 'CJSC', 'replace', 'JSC', null),
  ('rigour', 325, 'closed jsc', 'CJSC', 'CJSC', 'replace', 'JSC', null),
  ('rigour', 325, 'closed joint stock company', 'CJSC', 'CJSC', 'replace', 'JSC', null),
  ('rigour', 325, 'CLOSED JOINT-STOCK COMPANY', 'CJSC', 'CJSC', 'replace', 'JSC', null),
  ('rigour', 326, 'zakrytoe akcionernoe obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'zao', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'ZAKRYTOE AKTSIONERNOE OBSHCHESTVO', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'zakrytoe aktsionernoe obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'Zakrytoye Aktsionernoye Obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'zakrytoe akcionernoe obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'zakrytoe aktsionernoe obshhestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'Zakrytoje Akcionernoje Obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'Zakryte Akcjonarne Obschtschestwo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 326, 'zakritoe aktsionernoe obshchestvo', 'ZAO', 'ZAO', 'replace', 'JSC', null),
  ('rigour', 327, 'zakritaye aktsiyanernaye tavaristva', 'ЗАТ', 'ЗАТ', 'replace', 'JSC', null),
  ('rigour', 327, 'zakrytae akcyyanernae tavarystva', 'ЗАТ', 'ЗАТ', 'replace', 'JSC', null),
  ('rigour', 327, 'закрытае акцыянернае таварыства', 'ЗАТ', 'ЗАТ', 'replace', 'JSC', null),
  ('rigour', 327, 'зат', 'ЗАТ', 'ЗАТ', 'replace', 'JSC', null),
  ('rigour', 328, 'z.s.', 'zs', 'zs', 'replace', 'NGO', null),
  ('rigour', 328, 'zapsaný spolek', 'zs', 'zs', 'replace', 'NGO', null),
  ('rigour', 329, 'şube', 'şb', 'şb', 'replace', null, null),
  ('rigour', 330, 'tavarystva z dadatkovaj adkaznascyu', 'тда', 'тда', 'replace', 'LLC', null),
  ('rigour', 330, 'таварыства з дадатковай адказнасцю', 'тда', 'тда', 'replace', 'LLC', null),
  ('rigour', 330, 'тда', 'тда', 'тда', 'replace', 'LLC', null),
  ('rigour', 331, 'tavarystva z abmezhavanay adkaznastsyu', 'ТАА', 'ТАА', 'replace', 'LLC', null),
  ('rigour', 331, 'tavarystva z abmezhavanaj adkaznascyu', 'ТАА', 'ТАА', 'replace', 'LLC', null),
  ('rigour', 331, 'таварыства з абмежаванай адказнасцю', 'ТАА', 'ТАА', 'replace', 'LLC', null),
  ('rigour', 332, 'төрийн бус байгууллага', 'тбб', 'тбб', 'replace', 'NGO', null),
  ('rigour', 333, 'товарищество собственников жилья', 'тсж', 'тсж', 'replace', null, null),
  ('rigour', 333, 'товарищество собственников недвижимости', 'тсж', 'тсж', 'replace', null, null),
  ('rigour', 334, 'хувьцаат компани', 'хк', 'хк', 'replace', 'JSC', null),
  ('rigour', 335, 'хязгаарлагдмал хариуцлагатай компани', 'ххк', 'ххк', 'replace', 'LLC', null),
  ('rigour', 336, 'ОТДЕЛ ГОСУДАРСТВЕННОЙ ПРОТИВОПОЖАРНОЙ СЛУЖБЫ', 'ОТДЕЛ ГПС', 'ОТДЕЛ ГПС', 'replace', 'SOE', null),
  ('rigour', 337, 'Д/С', 'Д/С', 'Д/С', 'replace', null, null),
  ('rigour', 337, 'ДЕТСКИЙ САД', 'Д/С', 'Д/С', 'replace', null, null),
  ('rigour', 338, 'МОУ', 'МОУ', 'МОУ', 'replace', 'SOE', null),
  ('rigour', 338, 'МУНИЦИПАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МОУ', 'МОУ', 'replace', 'SOE', null),
  ('rigour', 339, 'МАУ', 'МАУ', 'МАУ', 'replace', 'SOE', null),
  ('rigour', 339, 'МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МАУ', 'МАУ', 'replace', 'SOE', null),
  ('rigour', 340, 'МБОУ', 'МБОУ', 'МБОУ', 'replace', 'SOE', null),
  ('rigour', 340, 'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МБОУ', 'МБОУ', 'replace', 'SOE', null),
  ('rigour', 340, 'МУНИЦИПАЛЬНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ', 'МБОУ', 'МБОУ', 'replace', 'SOE', null),
  ('rigour', 340, 'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МБОУ', 'МБОУ', 'replace', 'SOE', null),
  ('rigour', 341, 'МБДОУ', 'МБДОУ', 'МБДОУ', 'replace', 'SOE', null),
  ('rigour', 341, 'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МБДОУ', 'МБДОУ', 'replace', 'SOE', null),
  ('rigour', 342, 'МБУ ДО', 'МБУ ДО', 'МБУ ДО', 'replace', 'SOE', null),
  ('rigour', 342, 'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ', 'МБУ ДО', 'МБУ ДО', 'replace', 'SOE', null),
  ('rigour', 343, 'МК ДОУ', 'МК ДОУ', 'МК ДОУ', 'replace', 'SOE', null),
  ('rigour', 343, 'МУНИЦИПАЛЬНОЕ КАЗЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'МК ДОУ', 'МК ДОУ', 'replace', 'SOE', null),
  ('rigour', 344, 'ГУ', 'ГУ', 'ГУ', 'replace', 'SOE', null),
  ('rigour', 344, 'ГОСУДАРСТВЕННОЕ УЧРЕЖДЕНИЕ', 'ГУ', 'ГУ', 'replace', 'SOE', null),
  ('rigour', 345, 'ОГУ', 'ОГУ', 'ОГУ', 'replace', 'SOE', null),
  ('rigour', 345, 'ОКРУЖНОЕ ГОСУДАРСТВЕННОЕ УЧРЕЖДЕНИЕ', 'ОГУ', 'ОГУ', 'replace', 'SOE', null),
  ('rigour', 346, 'ГОУ', 'ГОУ', 'ГОУ', 'replace', 'SOE', null),
  ('rigour', 346, 'ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГОУ', 'ГОУ', 'replace', 'SOE', null),
  ('rigour', 346, 'ГОСУДАРСТВЕННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГОУ', 'ГОУ', 'replace', 'SOE', null),
  ('rigour', 347, 'ГБОУ', 'ГБОУ', 'ГБОУ', 'replace', 'SOE', null),
  ('rigour', 347, 'ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГБОУ', 'ГБОУ', 'replace', 'SOE', null),
  ('rigour', 348, 'ГКОУ', 'ГКОУ', 'ГКОУ', 'replace', 'SOE', null),
  ('rigour', 348, 'ГОСУДАРСТВЕННОЕ КАЗЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГКОУ', 'ГКОУ', 'replace', 'SOE', null),
  ('rigour', 349, 'ГО ШК-Инт', 'ГО ШК-Инт', 'ГО ШК-Инт', 'replace', 'SOE', null),
  ('rigour', 349, 'ГОСУДАРСТВЕННАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА-ИНТЕРНАТ', 'ГО ШК-Инт', 'ГО ШК-Инт', 'replace', 'SOE', null),
  ('rigour', 350, 'ГОУ ДДМШВ', 'ГОУ ДДМШВ', 'ГОУ ДДМШВ', 'replace', 'SOE', null),
  ('rigour', 350, 'ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЛЯ ДЕТЕЙ ДОШКОЛЬНОГО И МЛАДШЕГО ШКОЛЬНОГО ВОЗРАСТА', 'ГОУ ДДМШВ', 'ГОУ ДДМШВ', 'replace', 'SOE', null),
  ('rigour', 351, 'ГАУСО', 'ГАУСО', 'ГАУСО', 'replace', 'SOE', null),
  ('rigour', 351, 'ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ СОЦИАЛЬНОГО ОБСЛУЖИВАНИЯ', 'ГАУСО', 'ГАУСО', 'replace', 'SOE', null),
  ('rigour', 352, 'ГБСКОУ', 'ГБСКОУ', 'ГБСКОУ', 'replace', 'SOE', null),
  ('rigour', 352, 'ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ СПЕЦИАЛЬНОЕ (КОРРЕКЦИОННОЕ) ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЛЯ ОБУЧАЮЩИХСЯ, ВОСПИТАННИКОВ С ОГРАНИЧЕННЫМИ ВОЗМОЖНОСТЯМИ ЗДОРОВЬЯ', 'ГБСКОУ', 'ГБСКОУ', 'replace', 'SOE', null),
  ('rigour', 353, 'ГСКОУ', 'ГСКОУ', 'ГСКОУ', 'replace', 'SOE', null),
  ('rigour', 353, 'ГОСУДАРСТВЕННОЕ СПЕЦИАЛЬНОЕ (КОРРЕКЦИОННОЕ) ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГСКОУ', 'ГСКОУ', 'replace', 'SOE', null),
  ('rigour', 353, 'ГОСУДАРСТВЕННОЕ СПЕЦИАЛЬНОЕ (КОРРЕКЦИОННОЕ) ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЛЯ ОБУЧАЮЩИХСЯ С ОТКЛОНЕНИЯМИ В РАЗВИТИИ', 'ГСКОУ', 'ГСКОУ', 'replace', 'SOE', null),
  ('rigour', 353, 'ГОСУДАРСТВЕННОЕ СПЕЦИАЛЬНОЕ (КОРРЕКЦИОННОЕ) ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЛЯ ОБУЧАЮЩИХСЯ С ОТКЛОНЕНИЯМИ В РАЗВИТИИ -', 'ГСКОУ', 'ГСКОУ', 'replace', 'SOE', null),
  ('rigour', 354, 'ГДОУ', 'ГДОУ', 'ГДОУ', 'replace', 'SOE', null),
  ('rigour', 354, 'ГОСУДАРСТВЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГДОУ', 'ГДОУ', 'replace', 'SOE', null),
  ('rigour', 355, 'ГДОУ - Д/С', 'ГДОУ - Д/С', 'ГДОУ - Д/С', 'replace', 'SOE', null),
  ('rigour', 355, 'ГОСУДАРСТВЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ - ДЕТСКИЙ САД', 'ГДОУ - Д/С', 'ГДОУ - Д/С', 'replace', 'SOE', null),
  ('rigour', 356, 'ГКУ', 'ГКУ', 'ГКУ', 'replace', 'SOE', null),
  ('rigour', 356, 'ГОСУДАРСТВЕННОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ', 'ГКУ', 'ГКУ', 'replace', 'SOE', null),
  ('rigour', 357, 'ГКС(к)ОУ', 'ГКС(к)ОУ', 'ГКС(к)ОУ', 'replace', 'SOE', null),
  ('rigour', 357, 'ГОСУДАРСТВЕННОЕ КАЗЕННОЕ СПЕЦИАЛЬНОЕ (КОРРЕКЦИОННОЕ) ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ГКС(к)ОУ', 'ГКС(к)ОУ', 'replace', 'SOE', null),
  ('rigour', 358, 'ГНУ', 'ГНУ', 'ГНУ', 'replace', 'SOE', null),
  ('rigour', 358, 'ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ', 'ГНУ', 'ГНУ', 'replace', 'SOE', null),
  ('rigour', 359, 'ГОСУДАРСТВЕННЫЙ НАУЧНО-ИССЛЕДОВАТЕЛЬСКИЙ ИНСТИТУТ', 'ГосНИИ', 'ГосНИИ', 'replace', 'SOE', null),
  ('rigour', 360, 'ГОУ ВПО', 'ГОУ ВПО', 'ГОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 360, 'ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ГОУ ВПО', 'ГОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 360, 'ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ГОУ ВПО', 'ГОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 361, 'ОУ ДПО', 'ОУ ДПО', 'ОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 361, 'ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ОУ ДПО', 'ОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 362, 'ГОУ ДПО', 'ГОУ ДПО', 'ГОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 362, 'ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ (ПОВЫШЕНИЯ КВАЛИФИКАЦИИ) СПЕЦИАЛИСТОВ', 'ГОУ ДПО', 'ГОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 363, 'НОЧУ ДПО', 'НОЧУ ДПО', 'НОЧУ ДПО', 'replace', 'SOE', null),
  ('rigour', 363, 'НЕГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ ЧАСТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'НОЧУ ДПО', 'НОЧУ ДПО', 'replace', 'SOE', null),
  ('rigour', 364, 'ПОУ', 'ПОУ', 'ПОУ', 'replace', 'SOE', null),
  ('rigour', 364, 'ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ПОУ', 'ПОУ', 'replace', 'SOE', null),
  ('rigour', 365, 'ГОСУДАРСТВЕННОЕ ПРЕДПРИЯТИЕ', 'ГП', 'ГП', 'replace', 'SOE', null),
  ('rigour', 365, 'Государственное предприятие', 'ГП', 'ГП', 'replace', 'SOE', null),
  ('rigour', 366, 'ГУП', 'ГУП', 'GUP', 'replace', 'SOE', null),
  ('rigour', 366, 'ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ГУП', 'GUP', 'replace', 'SOE', null),
  ('rigour', 367, 'ДГУП', 'ДГУП', 'ДГУП', 'replace', 'SOE', null),
  ('rigour', 367, 'ДОЧЕРНЕЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ДГУП', 'ДГУП', 'replace', 'SOE', null),
  ('rigour', 367, 'ДОЧЕРНЕЕ ГОСУДАРСТВЕНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ДГУП', 'ДГУП', 'replace', 'SOE', null),
  ('rigour', 368, 'ГУСП', 'ГУСП', 'ГУСП', 'replace', 'SOE', null),
  ('rigour', 368, 'ГОСУДАРСТВЕННОЕ УНИТАРНОЕ СЕЛЬСКОХОЗЯЙСТВЕННОЕ ПРЕДПРИЯТИЕ', 'ГУСП', 'ГУСП', 'replace', 'SOE', null),
  ('rigour', 369, 'ГУДП', 'ГУДП', 'ГУДП', 'replace', 'SOE', null),
  ('rigour', 369, 'ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ДОЧЕРНЕЕ ПРЕДПРИЯТИЕ', 'ГУДП', 'ГУДП', 'replace', 'SOE', null),
  ('rigour', 369, 'ГОСУДАРСТВЕННОЕ УНИТАРНОЕ (ДОЧЕРНЕЕ) ПРЕДПРИЯТИЕ', 'ГУДП', 'ГУДП', 'replace', 'SOE', null),
  ('rigour', 370, 'ФГНУ', 'ФГНУ', 'ФГНУ', 'replace', 'SOE', null),
  ('rigour', 370, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ', 'ФГНУ', 'ФГНУ', 'replace', 'SOE', null),
  ('rigour', 371, 'ДОЧЕРНЕЕ ФГУП', 'ДОЧЕРНЕЕ ФГУП', 'ДОЧЕРНЕЕ ФГУП', 'replace', 'SOE', null),
  ('rigour', 371, 'ФЕДЕРАЛЬНОЕ ДОЧЕРНЕЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ДОЧЕРНЕЕ ФГУП', 'ДОЧЕРНЕЕ ФГУП', 'replace', 'SOE', null),
  ('rigour', 371, 'ФЕДЕРАЛЬНОЕ ДОЧЕРНЕЕ ГОСУДАРСТВЕННОЕ  УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ДОЧЕРНЕЕ ФГУП', 'ДОЧЕРНЕЕ ФГУП', 'replace', 'SOE', null),
  ('rigour', 372, 'ФГБДОУ', 'ФГБДОУ', 'ФГБДОУ', 'replace', 'SOE', null),
  ('rigour', 372, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ФГБДОУ', 'ФГБДОУ', 'replace', 'SOE', null),
  ('rigour', 373, 'ФГБОУ ДПО', 'ФГБОУ ДПО', 'ФГБОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 373, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГБОУ ДПО', 'ФГБОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 374, 'ФГАОУ ДПО', 'ФГАОУ ДПО', 'ФГАОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 374, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГАОУ ДПО', 'ФГАОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 375, 'ФГБОУ ВО', 'ФГБОУ ВО', 'ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 375, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГБОУ ВО', 'ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 375, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГБОУ ВО', 'ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 375, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ  ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГБОУ ВО', 'ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 375, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ  БЮДЖЕТНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГБОУ ВО', 'ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 376, 'ФГОУ ВПО', 'ФГОУ ВПО', 'ФГОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 376, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГОУ ВПО', 'ФГОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 377, 'ФГКВОУ ВПО', 'ФГКВОУ ВПО', 'ФГКВОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 377, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ ВОЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГКВОУ ВПО', 'ФГКВОУ ВПО', 'replace', 'SOE', null),
  ('rigour', 378, 'МАОУ', 'МАОУ', 'МАОУ', 'replace', 'SOE', null),
  ('rigour', 378, 'МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ГОРОД КРАСНОДАР', 'МАОУ', 'МАОУ', 'replace', 'SOE', null),
  ('rigour', 379, 'МКУ', 'МКУ', 'МКУ', 'replace', 'SOE', null),
  ('rigour', 379, 'МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ', 'МКУ', 'МКУ', 'replace', 'SOE', null),
  ('rigour', 380, 'МРО', 'МРО', 'МРО', 'replace', 'REL', null),
  ('rigour', 380, 'МЕСТНАЯ ПРАВОСЛАВНАЯ РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ', 'МРО', 'МРО', 'replace', 'REL', null),
  ('rigour', 380, 'МЕСТНАЯ РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ', 'МРО', 'МРО', 'replace', 'REL', null),
  ('rigour', 381, 'ЦРО', 'ЦРО', 'ЦРО', 'replace', 'REL', null),
  ('rigour', 381, 'ЦЕНТРАЛЬНАЯ РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ', 'ЦРО', 'ЦРО', 'replace', 'REL', null),
  ('rigour', 382, 'РО', 'РО', 'РО', 'replace', 'REL', null),
  ('rigour', 382, 'РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ', 'РО', 'РО', 'replace', 'REL', null),
  ('rigour', 383, 'ФГУ', 'ФГУ', 'ФГУ', 'replace', 'SOE', null),
  ('rigour', 383, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УЧРЕЖДЕНИЕ', 'ФГУ', 'ФГУ', 'replace', 'SOE', null),
  ('rigour', 384, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ', 'ФГКУ', 'ФГКУ', 'replace', 'SOE', null),
  ('rigour', 385, 'ФКУ', 'ФКУ', 'ФКУ', 'replace', 'SOE', null),
  ('rigour', 385, 'ФЕДЕРАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ', 'ФКУ', 'ФКУ', 'replace', 'SOE', null),
  ('rigour', 386, 'ФЕДЕРАЛЬНОЕ КАЗЕННОЕ ПРЕДПРИЯТИЕ', 'ФКП', 'ФКП', 'replace', 'SOE', null),
  ('rigour', 387, 'ФГБВОУ ВО', 'ФГБВОУ ВО', 'ФГБВОУ ВО', 'replace', 'SOE', null),
  ('rigour', 387, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ВОЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГБВОУ ВО', 'ФГБВОУ ВО', 'replace', 'SOE', null),
  ('rigour', 388, 'ФГКВОУ', 'ФГКВОУ ВО', 'ФГКВОУ ВО', 'replace', 'SOE', null),
  ('rigour', 388, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ ВОЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГКВОУ ВО', 'ФГКВОУ ВО', 'replace', 'SOE', null),
  ('rigour', 389, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ФГАОУ ВО', 'ФГАОУ ВО', 'replace', 'SOE', null),
  ('rigour', 390, 'ФГКОУ ДПО', 'ФГКОУ ДПО', 'ФГКОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 390, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ (ПЕРЕПОДГОТОВКИ И ПОВЫШЕНИЯ КВАЛИФИКАЦИИ)', 'ФГКОУ ДПО', 'ФГКОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 391, 'ФГОУ ДПО', 'ФГОУ ДПО', 'ФГОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 391, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ СПЕЦИАЛИСТОВ', 'ФГОУ ДПО', 'ФГОУ ДПО', 'replace', 'SOE', null),
  ('rigour', 392, 'ФГДОУ', 'ФГДОУ', 'ФГДОУ', 'replace', 'SOE', null),
  ('rigour', 392, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ФГДОУ', 'ФГДОУ', 'replace', 'SOE', null),
  ('rigour', 393, 'ФГУП', 'ФГУП', 'FGUP', 'replace', 'SOE', null),
  ('rigour', 393, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'ФГУП', 'FGUP', 'replace', 'SOE', null),
  ('rigour', 394, 'ФГБУ', 'ФГБУ', 'FGBU', 'replace', 'SOE', null),
  ('rigour', 394, 'federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie', 'ФГБУ', 'FGBU', 'replace', 'SOE', null),
  ('rigour', 394, 'федеральное государственное бюджетное учреждение', 'ФГБУ', 'FGBU', 'replace', 'SOE', null),
  ('rigour', 394, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ', 'ФГБУ', 'FGBU', 'replace', 'SOE', null),
  ('rigour', 395, 'ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ФГБУ ДПО', null, 'remove', 'SOE', null),
  ('rigour', 396, 'ОБЪЕДИНЕННАЯ ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'ОППО', 'ОППО', 'replace', 'SOE', null),
  ('rigour', 396, 'ОБЪЕДИНЕННАЯ (ТЕРРИТОРИАЛЬНАЯ) ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'ОППО', 'ОППО', 'replace', 'SOE', null),
  ('rigour', 397, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'ППО', 'ППО', 'replace', 'SOE', null),
  ('rigour', 397, 'ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ РАБОТНИКОВ', 'ППО', 'ППО', 'replace', 'SOE', null),
  ('rigour', 398, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ОБЩЕСТВА С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ППО ООО', 'ППО ООО', 'replace', 'SOE', null),
  ('rigour', 399, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ РАБОТНИКОВ ДОЧЕРНЕГО ОБЩЕСТВА С ОГРАНИЧЕНОЙ ОТВЕТСТВЕННОСТЬЮ', 'ППО ДОЧЕРНЕГО ООО', 'ППО ДОЧЕРНЕГО ООО', 'replace', 'SOE', null),
  ('rigour', 400, 'ППО ОАО', 'ППО ОАО', 'ППО ОАО', 'replace', 'SOE', null),
  ('rigour', 400, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ОТКРЫТОГО АКЦИОНЕРНОГО ОБЩЕСТВА', 'ППО ОАО', 'ППО ОАО', 'replace', 'SOE', null),
  ('rigour', 400, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ РАБОТНИКОВ ОТКРЫТОГО АКЦИОНЕРНОГО ОБЩЕСТВА', 'ППО ОАО', 'ППО ОАО', 'replace', 'SOE', null),
  ('rigour', 401, 'ППО ГОУСПО', 'ППО ГОУСПО', 'ППО ГОУСПО', 'replace', 'SOE', null),
  ('rigour', 401, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ СРЕДНЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ППО ГОУСПО', 'ППО ГОУСПО', 'replace', 'SOE', null),
  ('rigour', 401, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО УЧРЕЖДЕНИЯ СРЕДНЕГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'ППО ГОУСПО', 'ППО ГОУСПО', 'replace', 'SOE', null),
  ('rigour', 402, 'ППО ФГБУ', 'ППО ФГБУ', 'ППО ФГБУ', 'replace', 'SOE', null),
  ('rigour', 402, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ФЕДЕРАЛЬНОГО ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ', 'ППО ФГБУ', 'ППО ФГБУ', 'replace', 'SOE', null),
  ('rigour', 403, 'ППО ФГБОУ ВО', 'ППО ФГБОУ ВО', 'ППО ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 403, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ФЕДЕРАЛЬНОГО ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ППО ФГБОУ ВО', 'ППО ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 403, 'ПЕРВИЧНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА СОТРУДНИКОВ ФЕДЕРАЛЬНОГО ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ ВЫСШЕГО ОБРАЗОВАНИЯ', 'ППО ФГБОУ ВО', 'ППО ФГБОУ ВО', 'replace', 'SOE', null),
  ('rigour', 404, 'ППО ФКУ', 'ППО ФКУ', 'ППО ФКУ', 'replace', 'SOE', null),
  ('rigour', 404, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ФЕДЕРАЛЬНОГО КАЗЕННОГО УЧРЕЖДЕНИЯ', 'ППО ФКУ', 'ППО ФКУ', 'replace', 'SOE', null),
  ('rigour', 405, 'ППО ГБУ', 'ППО ГБУ', 'ППО ГБУ', 'replace', 'SOE', null),
  ('rigour', 405, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ', 'ППО ГБУ', 'ППО ГБУ', 'replace', 'SOE', null),
  ('rigour', 405, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ', 'ППО ГБУ', 'ППО ГБУ', 'replace', 'SOE', null),
  ('rigour', 406, 'ППО ГБОУ', 'ППО ГБОУ', 'ППО ГБОУ', 'replace', 'SOE', null),
  ('rigour', 406, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО ОБРАЗОВАТЕЛЬНОГО УЧРЕЖДЕНИЯ', 'ППО ГБОУ', 'ППО ГБОУ', 'replace', 'SOE', null),
  ('rigour', 407, 'ППО ФБУ', 'ППО ФБУ', 'ППО ФБУ', 'replace', 'SOE', null),
  ('rigour', 407, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ФЕДЕРАЛЬНОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ', 'ППО ФБУ', 'ППО ФБУ', 'replace', 'SOE', null),
  ('rigour', 408, 'ППО ФГУП', 'ППО ФГУП', 'ППО ФГУП', 'replace', 'SOE', null),
  ('rigour', 408, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ СОТРУДНИКОВ ФЕДЕРАЛЬНОГО ГОСУДАРСТВЕННОГО УНИТАРНОГО ПРЕДПРИЯТИЯ', 'ППО ФГУП', 'ППО ФГУП', 'replace', 'SOE', null),
  ('rigour', 409, 'ППО ГУП', 'ППО ГУП', 'ППО ГУП', 'replace', 'SOE', null),
  ('rigour', 409, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО УНИТАРНОГО ПРЕДПРИЯТИЯ', 'ППО ГУП', 'ППО ГУП', 'replace', 'SOE', null),
  ('rigour', 410, 'ППО ПСРЗ', 'ППО ПСРЗ', 'ППО ПСРЗ', 'replace', 'SOE', null),
  ('rigour', 410, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА РАБОТНИКОВ ЗДРАВООХРАНЕНИЯ', 'ППО ПСРЗ', 'ППО ПСРЗ', 'replace', 'SOE', null),
  ('rigour', 410, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ПРОФЕССИОНАЛЬНОГО СОЮЗА РАБОТНИКОВ ЗДРАВООХРАНЕНИЯ', 'ППО ПСРЗ', 'ППО ПСРЗ', 'replace', 'SOE', null),
  ('rigour', 410, 'ПЕРВИЧНАЯ ОРГАНИЗАЦИЯ ПРОФЕССИОНАЛЬНОГО СОЮЗА РАБОТНИКОВ ЗДРАВООХРАНЕНИЯ', 'ППО ПСРЗ', 'ППО ПСРЗ', 'replace', 'SOE', null),
  ('rigour', 411, 'ППОО', 'ППОО', 'ППОО', 'replace', 'SOE', null),
  ('rigour', 411, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ', 'ППОО', 'ППОО', 'replace', 'SOE', null),
  ('rigour', 412, 'ППОО АО', 'ППОО АО', 'ППОО АО', 'replace', 'SOE', null),
  ('rigour', 412, 'ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ АКЦИОНЕРНОГО ОБЩЕСТВА', 'ППОО АО', 'ППОО АО', 'replace', 'SOE', null),
  ('rigour', 413, 'ПОП ОБГУЗ', 'ПОП ОБГУЗ', 'ПОП ОБГУЗ', 'replace', null, null),
  ('rigour', 413, 'ПЕРВИЧНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА ОБЛАСТНОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ ЗДРАВООХРАНЕНИЯ', 'ПОП ОБГУЗ', 'ПОП ОБГУЗ', 'replace', null, null),
  ('rigour', 414, 'ПОПРЗ', 'ПОПРЗ', 'ПОПРЗ', 'replace', null, null),
  ('rigour', 414, 'ПЕРВИЧНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА РАБОТНИКОВ ЗДРАВООХРАНЕНИЯ', 'ПОПРЗ', 'ПОПРЗ', 'replace', null, null),
  ('rigour', 415, 'УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ БЕЗОПАСНОСТИ РОССИЙСКОЙ ФЕДЕРАЦИИ', 'УПРАВЛЕНИЕ ФСБ РФ', 'УПРАВЛЕНИЕ ФСБ РФ', 'replace', 'SOE', null),
  ('rigour', 416, 'ОГКОУ', 'ОГКОУ', 'ОГКОУ', 'replace', 'SOE', null),
  ('rigour', 416, 'ОБЛАСТНОЕ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ОГКОУ', 'ОГКОУ', 'replace', 'SOE', null),
  ('rigour', 416, 'ОБЛАСТНОЕ ГОСУДАРСТВЕННОЕ КАЗЁННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ОГКОУ', 'ОГКОУ', 'replace', 'SOE', null),
  ('rigour', 416, 'ОБЛАСТНОЕ ГОСУДАРСТВЕННОЕ КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ОГКОУ', 'ОГКОУ', 'replace', 'SOE', null),
  ('rigour', 417, 'МОО', 'МОО', 'МОО', 'replace', 'NGO', null),
  ('rigour', 417, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ', 'МОО', 'МОО', 'replace', 'NGO', null),
  ('rigour', 417, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ -', 'МОО', 'МОО', 'replace', 'NGO', null),
  ('rigour', 418, 'МОО - ППО', 'МОО - ППО', 'МОО - ППО', 'replace', 'NGO', null),
  ('rigour', 418, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ - ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'МОО - ППО', 'МОО - ППО', 'replace', 'NGO', null),
  ('rigour', 418, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'МОО - ППО', 'МОО - ППО', 'replace', 'NGO', null),
  ('rigour', 418, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ-ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'МОО - ППО', 'МОО - ППО', 'replace', 'NGO', null),
  ('rigour', 418, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ – ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ', 'МОО - ППО', 'МОО - ППО', 'replace', 'NGO', null),
  ('rigour', 419, 'МОО - ППО ГУП', 'МОО - ППО ГУП', 'МОО - ППО ГУП', 'replace', 'NGO', null),
  ('rigour', 419, 'МЕСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ-ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ ГОСУДАРСТВЕННОГО УНИТАРНОГО ПРЕДПРИЯТИЯ', 'МОО - ППО ГУП', 'МОО - ППО ГУП', 'replace', 'NGO', null),
  ('rigour', 420, 'МЧС РОССИИ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПОДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКЫИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ. ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ,ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙП', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ , ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ И ЛИКВАДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЧАЙНЫМ СИТУАЦИЯМ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНЫХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 420, 'МИНИСТЕРСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ПО ДЕЛАМ ГРАЖДАНСКОЙ ОБОРОНЫ, ЧРЕЗВЫЧАЙНЫХ СИТУАЦИЙ И ЛИКВИДАЦИИ ПОСЛЕДСТВИЙ СТИХИЙНИХ БЕДСТВИЙ', 'МЧС России', 'МЧС России', 'replace', 'SOE', null),
  ('rigour', 421, 'ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'ОБЩЕСТВЕННОЕ ОБЪЕДИНЕНИЕ', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBSHCHESTVENNOYE OBYEDINENIYE', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBŠČESTVENNOE OB''EDINENIE', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBSCHESTVENNOE OBYEDINENIE', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBSHCHESTVENNAYA ORGANIZATSIYA', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBSCHESTVENNAYA ORGANIZATSIYA', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 421, 'OBŠČESTVENNAJA ORGANIZACIJA', 'ОО', 'ОО', 'replace', 'NGO', null),
  ('rigour', 422, 'НЕГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'НОУ ДПО', 'НОУ ДПО', 'replace', 'NGO', null),
  ('rigour', 422, 'НЕГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ НАЧАЛЬНОГО И ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ', 'НОУ ДПО', 'НОУ ДПО', 'replace', 'NGO', null),
  ('rigour', 422, 'НЕГОСУДАРСТВЕНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ПРОФЕССИОНАЛЬНОГО ОБРАЗОВАНИЯ (ПОВЫШЕНИЯ КВАЛИФИКАЦИИ) СПЕЦИАЛИСТОВ', 'НОУ ДПО', 'НОУ ДПО', 'replace', 'NGO', null),
  ('rigour', 423, 'СТРАХОВАЯ АКЦИОНЕРНАЯ КОМПАНИЯ', 'САК', 'AO', 'replace', 'JSC', null),
  ('rigour', 423, 'СТРАХОВАЯ АКЦИОНЕР.КОМПАНИЯ', 'САК', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'закрите акціонерне товариство', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'закрытое акционерное общество', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'зао', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦОИНЕРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРНЫЕ ОБЩЕСТВА ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРНОЕ ОБШЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРНЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦОНЕРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРНОГО ОБЩЕСТВА ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'АКЦИОНЕРОНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'ЗАКРЫТОE АКЦИОНЕРНОЕ ОБЩEСТВО', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'закрытоe акционерное общeство', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'закритое акционерное общество', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩEСТВО', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'Закрытое акционерное общество', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'Закрытое акціонерне товариство', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 424, 'Закрите акціонерне товариство', 'ЗАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'OAO', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'O.A.O.', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'О.А.О.', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoe Aktsionernoye Obshestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'ОТКРЫТОЕ АКЦИОНЕРГОЕ ОБЩЕСТВО', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'АКЦИОНЕPНОЕ ОБЩЕСТВО ОТКPЫТОГО ТИПА', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'АКЦОНЕРНОЕ ОБЩЕСТВО ОТКРЫТОГО ТИПА', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'otkrytoe aktsionernoe obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'открытое акционерное общество', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'otkrytoe akcionernoe obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'otkrytoe aktsionernoe obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'OTKRYTOE AKTSIONERNOE OBSHCHESTVO', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoye Aktsionernoye Obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoye Aktsionernoye Obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoe Akcionernoe Obshhestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'открытое акционерное общeство', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'PUBLICHNOE AKTSIONERNOE OBSHCHESTVO', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoe Aktsionernoe Obschchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩEСТВО', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Акционерное общество открытого типа', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'aktsionernoe obshchestvo otkrytogo tipa', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'otkritoe aktsionernoe obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'otkrytoe aktsionernoe obschestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoye Aktsionernoye Obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'открытоe акционерное общeство', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'открытое акционернoe общество', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'АКЦІОНЕРНЕ ТОВАРИСТВО ВІДКРИТОГО ТИПУ', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'OTKR AKTS OBSHCH', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Odkryte Akcjonarne Obschtschestwo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoye Aktsionernoye Obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 425, 'Otkrytoje Akcionernoje Obshchestvo', 'ОАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 426, 'Vidkryte aktsionerne tovarystvo', 'ВАТ', 'ВАТ', 'replace', 'JSC', null),
  ('rigour', 426, 'Vidkrite Akcionerne Tovaristvo', 'ВАТ', 'ВАТ', 'replace', 'JSC', null),
  ('rigour', 426, 'відкрите акціонерне товариство', 'ВАТ', 'ВАТ', 'replace', 'JSC', null),
  ('rigour', 426, 'В.А.T.', 'ВАТ', 'ВАТ', 'replace', 'JSC', null),
  ('rigour', 427, 'atviroji akcinė bendrovė', null, null, 'none', 'JSC', null),
  ('rigour', 427, 'atviroji akcinė bendrovė', null, null, 'none', 'JSC', null),
  ('rigour', 427, 'avatud aktsiaselts', null, null, 'none', 'JSC', null),
  ('rigour', 427, 'avoin osakeyhtiö', null, null, 'none', 'JSC', null),
  ('rigour', 427, 'cuideachta comhstoic oscailte', null, null, 'none', 'JSC', null),
  ('rigour', 428, 'АКЦИОНЕРНОЕ ОБЩЕСТВО', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 428, 'АКЦИОНЕРНЫЕ ОБЩЕСТВА', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 428, 'Акционерное общество', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 428, 'Aкционерное общество', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 428, 'акционерная компания с ограниченной ответственностью', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 428, 'АКЦИОНЕРНОГО ОБЩЕСТВА', 'АО', 'AO', 'replace', 'JSC', null),
  ('rigour', 429, 'aktsionernoe obschestvo', 'AO', 'AO', 'replace', 'JSC', null),
  ('rigour', 429, 'AKTSIONERNOE OBSHCHESTVO', 'AO', 'AO', 'replace', 'JSC', null),
  ('rigour', 429, 'ao', 'AO', 'AO', 'replace', 'JSC', null),
  ('rigour', 430, 'Publichne aktsionerne tovarystvo', 'PAO', 'PAO', 'replace', 'JSC', null),
  ('rigour', 431, 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', 'ПАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 431, 'пао', 'ПАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 431, 'приватне акціонерне товариство', 'ПАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 431, 'публичное акционерное общество', 'ПАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 432, 'Публічне акціонерне товариство', 'ПАТ', 'AO', 'replace', 'JSC', null),
  ('rigour', 433, 'НЕПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', 'НАО', 'AO', 'replace', 'JSC', null),
  ('rigour', 434, 'СЕЛЬСКОХОЗЯЙСТВЕННЫЙ ПРОИЗВОДСТВЕННЫЙ КООПЕРАТИВ', 'СПК', 'СПК', 'replace', 'COOP', null),
  ('rigour', 435, 'СЛЕДСТВЕННОЕ УПРАВЛЕНИЕ СЛЕДСТВЕННОГО КОМИТЕТА РОССИЙСКОЙ ФЕДЕРАЦИИ', 'СУ СК РФ', 'СУ СК РФ', 'replace', 'SOE', null),
  ('rigour', 436, 'МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ', 'МУП', 'MUP', 'replace', 'SOE', null),
  ('rigour', 437, 'АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ', 'АНО', 'АНО', 'replace', 'NGO', null),
  ('rigour', 437, 'AVTONOMNAYA NEKOMMERCHESKAYA ORGANIZATSIYA', 'АНО', 'АНО', 'replace', 'NGO', null),
  ('rigour', 437, 'AVTONOMNAJA NEKOMMERČESKAJA ORGANIZACIJA', 'АНО', 'АНО', 'replace', 'NGO', null),
  ('rigour', 437, 'автономная некоммерческая организация', 'АНО', 'АНО', 'replace', 'NGO', null),
  ('rigour', 438, 'NEKOMMERCHESKAYA ORGANIZATSIYA FOND', 'НКО', 'НКО', 'replace', 'NGO', null),
  ('rigour', 438, 'НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ФОНД', 'НКО', 'НКО', 'replace', 'NGO', null),
  ('rigour', 439, 'КРЕСТЬЯНСКОЕ (ФЕРМЕРСКОЕ) ХОЗЯЙСТВО', 'КФХ', 'КФХ', 'replace', null, null),
  ('rigour', 439, 'КРЕСТЬЯНСКОЕ ФЕРМЕРСКОЕ ХОЗЯЙСТВО', 'КФХ', 'КФХ', 'replace', null, null),
  ('rigour', 439, 'КРЕСТЬЯНСКОЕ ХОЗЯЙСТВО', 'КФХ', 'КФХ', 'replace', null, null),
  ('rigour', 440, 'ООП', 'ООП', 'ООП', 'replace', 'LLP', null),
  ('rigour', 440, 'ПАРТНЁРСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООП', 'ООП', 'replace', 'LLP', null),
  ('rigour', 441, 'ПОЛНОЕ ТОВАРИЩЕСТВО', 'ПТ', 'ПТ', 'replace', 'GP', null),
  ('rigour', 442, 'ДОУ', 'ДОУ', 'ДОУ', 'replace', null, null),
  ('rigour', 442, 'ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ', 'ДОУ', 'ДОУ', 'replace', null, null),
  ('rigour', 443, 'ПКООП', 'ПКООП', 'ПКООП', 'replace', 'COOP', null),
  ('rigour', 443, 'ПОТРЕБИТЕЛЬСКИЙ КООПЕРАТИВ', 'ПКООП', 'ПКООП', 'replace', 'COOP', null),
  ('rigour', 444, 'ПРОИЗВОДСТВЕННЫЙ КООПЕРАТИВ', 'ПК', 'ПК', 'replace', 'COOP', null),
  ('rigour', 445, 'НЦ', 'НЦ', 'НЦ', 'replace', null, null),
  ('rigour', 445, 'НАУЧНЫЙ ЦЕНТР', 'НЦ', 'НЦ', 'replace', null, null),
  ('rigour', 446, 'ОЮЛ', 'ОЮЛ', 'ОЮЛ', 'replace', null, null),
  ('rigour', 446, 'ОБЪЕДИНЕНИЕ ЮРИДИЧЕСКИХ ЛИЦ', 'ОЮЛ', 'ОЮЛ', 'replace', null, null),
  ('rigour', 447, 'НЕКОММЕРЧЕСКОЕ ПАРТНЁРСТВО', 'НП', 'НП', 'replace', 'NGO', null),
  ('rigour', 448, 'НОУДО', 'НОУДО', 'НОУДО', 'replace', 'NGO', null),
  ('rigour', 448, 'НЕГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ', 'НОУДО', 'НОУДО', 'replace', 'NGO', null),
  ('rigour', 448, 'НЕГОСУДАРСТВЕННОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ', 'НОУДО', 'НОУДО', 'replace', 'NGO', null),
  ('rigour', 449, 'ОНОСС', 'ОНОСС', 'ОНОСС', 'replace', 'NGO', null),
  ('rigour', 449, 'ОРГАНИЗАЦИЯ НАУЧНОГО ОБСЛУЖИВАНИЯ И СОЦИАЛЬНОЙ СФЕРЫ', 'ОНОСС', 'ОНОСС', 'replace', 'NGO', null),
  ('rigour', 450, 'NEKOMMERCHESKAYA ORGANIZATSIYA FOND', 'НКО', 'НКО', 'replace', 'NGO', null),
  ('rigour', 450, 'НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ФОНД', 'НКО', 'НКО', 'replace', 'NGO', null),
  ('rigour', 451, 'НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ', 'НО', 'НО', 'replace', 'NGO', null),
  ('rigour', 451, 'NEKOMMERCHESKAYA ORGANIZATSIYA', 'НО', 'НО', 'replace', 'NGO', null),
  ('rigour', 451, 'NEKOMMERCHESKAYA ORGANIZACIYA', 'НО', 'НО', 'replace', 'NGO', null),
  ('rigour', 451, 'NEKOMMERCESKAYA ORGANIZATSIYA', 'НО', 'НО', 'replace', 'NGO', null),
  ('rigour', 451, 'NEKOMMERCESKAJA ORGANIZACIJA', 'НО', 'НО', 'replace', 'NGO', null),
  ('rigour', 452, 'ОБЛАСТНАЯ ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ', 'ОБО', 'ОБО', 'replace', 'NGO', null),
  ('rigour', 453, 'БЛАГОТВОРИТЕЛЬНЫЙ ФОНД', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAGOTVORITELNYY FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAGOTVORITELNY FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAGOTVORITEL''NYJ FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'БЛАГОДІЙНИЙ ФОНД', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAHODIYNYY FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAHODІJNYJ FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'БЛАГОТВОРИТЕЛЬНЫЙ ФОНД', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'БЛАГОТВОРИТЕЛЬНЫЙ ФОНД', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAGOTVORITELNYY FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 453, 'BLAGOTVORITELNY FOND', 'БФ', 'БФ', 'replace', 'NGO', null),
  ('rigour', 454, 'БЛАГОТВОРИТЕЛЬНАЯ ОРГАНИЗАЦИЯ', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'БЛАГОДІЙНА ОРГАНІЗАЦІЯ', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'BLAHODIYNA ORHANIZATSIYA', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'БЛАГОТВОРИТЕЛЬНАЯ ОРГАНИЗАЦИЯ', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'BLAGOTVORITELNAYA ORGANIZATSIYA', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'BLAGOTVORITEL''NAJA ORGANIZACIJA', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'БЛАГОДІЙНА ОРГАНІЗАЦІЯ', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'BLAHODIYNA ORHANIZATSIYA', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 454, 'BLAHODІJNA ORHANІZACІJA', 'БО', 'БО', 'replace', 'NGO', null),
  ('rigour', 455, 'ГРОМАДСЬКА ОРГАНІЗАЦІЯ', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'HROMADSKA ORHANIZATSIYA', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'HROMADS''KA ORHANIZATSIYA', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'HROMADS''KA ORHANIZACIJA', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'ГРОМАДСЬКЕ ОБ''ЄДНАННЯ', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'HROMADSKE OBYEDNANNYA', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 455, 'HROMADS''KE OB''JEDNANNJA', 'ГО', 'ГО', 'replace', 'NGO', null),
  ('rigour', 456, 'ВОЛОНТЕРСЬКА ОРГАНІЗАЦІЯ', 'ВО', 'ВО', 'replace', 'NGO', null),
  ('rigour', 456, 'VOLONTERSKA ORHANIZATSIYA', 'ВО', 'ВО', 'replace', 'NGO', null),
  ('rigour', 456, 'VOLONTERS''KA ORHANIZACIJA', 'ВО', 'ВО', 'replace', 'NGO', null),
  ('rigour', 457, 'НЕДЗЯРЖАЎНАЯ АРГАНІЗАЦЫЯ', 'НДА', 'НДА', 'replace', 'NGO', null),
  ('rigour', 457, 'NEDZIARZHAUNAYA ARHANIZATSYYA', 'НДА', 'НДА', 'replace', 'NGO', null),
  ('rigour', 457, 'NEDZ''ARŽAŬNAJA ARHANIZACYJA', 'НДА', 'НДА', 'replace', 'NGO', null),
  ('rigour', 457, 'NEDZJARZHAUNAJA ARHANIZACYJA', 'НДА', 'НДА', 'replace', 'NGO', null),
  ('rigour', 458, 'ДАБРАЧЫННАЯ АРГАНІЗАЦЫЯ', 'ДА', 'ДА', 'replace', 'NGO', null),
  ('rigour', 458, 'DABRACHYNNAYA ARHANIZATSYYA', 'ДА', 'ДА', 'replace', 'NGO', null),
  ('rigour', 458, 'DABRAČYNNAJA ARHANIZACYJA', 'ДА', 'ДА', 'replace', 'NGO', null),
  ('rigour', 459, 'ДАБРАЧЫННЫ ФОНД', 'ДФ', 'ДФ', 'replace', 'NGO', null),
  ('rigour', 459, 'DABRACHYNNY FOND', 'ДФ', 'ДФ', 'replace', 'NGO', null),
  ('rigour', 459, 'DABRAČYNNY FOND', 'ДФ', 'ДФ', 'replace', 'NGO', null),
  ('rigour', 460, 'ОБЩЕСТВЕННЫЙ ФОНД', 'ОФ', 'ОФ', 'replace', 'NGO', null),
  ('rigour', 460, 'OBSHCHESTVENNYY FOND', 'ОФ', 'ОФ', 'replace', 'NGO', null),
  ('rigour', 460, 'OBŠČESTVENNYJ FOND', 'ОФ', 'ОФ', 'replace', 'NGO', null),
  ('rigour', 460, 'OBSCESTVENNYJ FOND', 'ОФ', 'ОФ', 'replace', 'NGO', null),
  ('rigour', 461, 'ГРАМАДСКАЕ АБ''ЯДНАННЕ', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 461, 'HRAMADSKAYE ABYADNANNE', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 461, 'HRAMADSKAE AB''JADNANNE', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 461, 'ГРАМАДСКАЯ АРГАНІЗАЦЫЯ', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 461, 'HRAMADSKAYA ARHANIZATSYYA', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 461, 'HRAMADSKAJA ARHANIZACYJA', 'ГА', 'ГА', 'replace', 'NGO', null),
  ('rigour', 462, 'НУО', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕГОСУДАРСТВЕННАЯ (НЕКОММЕРЧЕСКАЯ) ОРГАНИЗАЦИЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕГОСУДАРСТВЕННАЯ (НЕКОММЕРЧЕСКАЯ) ОРГАНИЗАЦИЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕГОСУДАРСТВЕННАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕГОСУДАРСТВЕННАЯ ОРГАНИЗАЦИЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEDERZHAVNA ORHANIZATSIYA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕКОМЕРЦІЙНА ОРГАНІЗАЦІЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEKOMERTSIYNA ORHANIZATSIYA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEKOMERCІJNA ORHANІZACІJA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕДЕРЖАВНА ОРГАНІЗАЦІЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEDERZHAVNA ORHANIZATSIYA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEDERŽAVNA ORHANIZACIJA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕДЕРЖАВНА ОРГАНІЗАЦІЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEDERZHAVNA ORHANIZATSIYA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'НЕУРЯДОВА ОРГАНІЗАЦІЯ', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEURYADOVA ORHANIZATSIYA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 462, 'NEURJADOVA ORHANIZACIJA', 'НДО', 'НДО', 'replace', 'NGO', null),
  ('rigour', 463, 'Интервальный комбинированный паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Закрытый комбинированный паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Биржевой паевой инвестиционный фонд рыночных финансовых инструментов', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Открытый паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Интервальный паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Закрытый паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Биржевой паевой инвестиционный фонд', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Zakrytyy kombinirovannyy paevoy investitsionnyy fond', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Birzhevoy paevoy investitsionnyy fond rynochnykh finansovykh instrumentov', null, null, 'none', 'FIN', null),
  ('rigour', 463, 'Otkrytyy paevoy investitsionnyy fond', null, null, 'none', 'FIN', null),
  ('rigour', 464, 'Obshchestvo s ohranychennoi otvetstvennostiu', 'OOO', 'OOO', 'replace', 'LLC', null),
  ('rigour', 464, 'obshchestvo s ogranichennoj otvetstvennost''yu', 'OOO', 'OOO', 'replace', 'LLC', null),
  ('rigour', 464, 'Obshchestvo s ogranichennoy otvetstvennostyu', 'OOO', 'OOO', 'replace', 'LLC', null),
  ('rigour', 464, 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU', 'OOO', 'OOO', 'replace', 'LLC', null),
  ('rigour', 464, 'obshchestvo s ogranichennoi otvetstvennostiu', 'OOO', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВА С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество C Ограниченной Ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОРГАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБШЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТВТЕННСОТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВЛ С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНООСТЬ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАГИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ГОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОИ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общества с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮИ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРВНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЧТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОРГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРНИЧЕННОЙ ОТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСИВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОВТЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВР С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЙ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРНАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЛТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИСЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧУННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННРЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕВТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВТСЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТАЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАГНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕКННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНТЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОГСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНМЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕНТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮВ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТСВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОТРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ:', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНГИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОНСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВУЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГАРНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВУЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСЬТЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРНАИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОЛТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОРГАНИЧЕННОЙ ОТВЕТСТВЕННОВСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТЧТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАННИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАИНЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОССТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ЛТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВОГ С ОГРАНИЧЕННОЙ ОТВЕСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВТЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВНТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОТСЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕТСТВННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬБ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВОЬ С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИСЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ.', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕЕНОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕНСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТСЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНЧИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННЙО ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮТ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНЕЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТССТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОГТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮБ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННСОТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСВЕЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВТЕТСВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО СТ ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОСВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОМТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНООСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОВТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ТОВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТСВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕНООЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕЕЕНОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНЕНОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАГИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГPАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕНННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО СОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРОНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННООСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОТРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ТОВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОВСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧИННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ,', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО СОГРАНИЧЕНОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСВЕННОССТЬ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННРОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ОБЩЕСТВО С ОГРА НИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество с ограниченной ответственность', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество с ограниченной ответственостью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество с ограниченной ответственностьюм', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Общество с Ограниченной Ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'oсoo', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ликвидационная комиссия общества с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ликвидационная комиссия общество с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ликвидационная комиссия ооо', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью строительная компания', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью торговый дом', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью управляющая компания', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью фирма', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью частная охранная организация', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'общество с ограниченной ответственностью частное охранное предприятие', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'ооо', 'ООО', 'OOO', 'replace', 'LLC', null),
  ('rigour', 465, 'Иностранное общество с ограниченной ответственностью', 'ООО', 'OOO', 'replace', 'LLC', null);

insert into app_private.legal_form_positions (spelling, allowed_at, reason) values
  ('in', 'nowhere', 'An ordinary word at the end of names (Plug In, Drop In); rigour lists it as a truncated Inc'),
  ('o.p.s.', 'nowhere', 'Czech o.p.s. cleans to "ops", an ordinary word at the end of names (Dev Ops, Site Ops)'),
  ('LLC', 'start_or_end', 'Written first in translated post-Soviet names (LLC Gazprom, as ООО)'),
  ('OAO', 'start_or_end', 'Russian legal form written first (OAO Gazprom)'),
  ('ZAO', 'start_or_end', 'Russian legal form written first (ZAO Foo)'),
  ('JSC', 'start_or_end', 'Written first in translated post-Soviet names (JSC Kazatomprom)'),
  ('OJSC', 'start_or_end', 'Written first in translated post-Soviet names'),
  ('CJSC', 'start_or_end', 'Written first in translated post-Soviet names'),
  ('PJSC', 'start_or_end', 'Written first in translated post-Soviet names'),
  ('GmbH', 'start_or_end', 'Distinctive; seen first in some transliterated names (GmbH Siemens)'),
  ('SIA', 'start_or_end', 'Latvian legal form written first (SIA Rimi)');

select app_private.compile_legal_forms('data/reference: rigour org_types with local additions');

--! split: 3-registry.sql
-- The registry: employers, their identifiers and aliases with provenance,
-- source systems, distinctions and merges. Names keep their compare and base
-- forms (from the normaliser, 1-normaliser.sql) in columns, so that indexes,
-- imports and search agree, and renormalising is a batch job, not a rewrite.
drop table if exists app_public.employer_merges cascade;
drop table if exists app_public.employer_distinctions cascade;
drop table if exists app_public.aliases cascade;
drop table if exists app_public.employer_identifiers cascade;
drop table if exists app_public.identifier_schemes cascade;
drop table if exists app_public.employers cascade;
drop table if exists app_public.source_systems cascade;
drop type if exists app_public.alias_visibility cascade;
drop type if exists app_public.alias_kind cascade;
drop type if exists app_public.employer_status cascade;
drop type if exists app_public.identifier_validation cascade;
drop policy if exists select_registry_analyst on app_public.audit_events;

-------------------------------------------------------------------------------
-- Source systems: where names come from, and how far to trust them.
create table app_public.source_systems (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  name text not null constraint name_length check (length(btrim(name)) between 1 and 200),
  trust_rank integer not null default 50 constraint trust_rank_range check (trust_rank between 0 and 100),
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.source_systems is 'Feeds and other sources of names (bci, manual, migration, csv, ...) with how far each is trusted.';
comment on column app_public.source_systems.trust_rank is 'From 0 (doubtful) to 100 (a steward''s own word); decides which source wins when names compete.';
create trigger _100_timestamps before insert or update on app_public.source_systems
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.source_systems
  for each row execute function app_hidden.tg__audit('key');
alter table app_public.source_systems enable row level security;
create policy select_analyst on app_public.source_systems for select to :ROLE_ANALYST using (true);
create policy insert_admin on app_public.source_systems for insert to :ROLE_ADMIN with check (true);
create policy update_admin on app_public.source_systems for update to :ROLE_ADMIN using (true);
grant select on app_public.source_systems to :ROLE_ANALYST;
grant insert (key, name, trust_rank, description) on app_public.source_systems to :ROLE_ADMIN;
grant update (name, trust_rank, description) on app_public.source_systems to :ROLE_ADMIN;

insert into app_public.source_systems (key, name, trust_rank, description) values
  ('manual', 'Steward entry', 100, 'Names a steward entered or confirmed by hand'),
  ('abr', 'Australian Business Register', 90, 'ABN Bulk Extract: main, trading and business names'),
  ('migration', 'Previous registry', 60, 'Names carried over from the system this registry replaced'),
  ('bci', 'BCI Central', 40, 'Construction project leads feed'),
  ('csv', 'CSV load', 30, 'Names loaded from a file with npm run ops -- load-registry');

-------------------------------------------------------------------------------
-- Employers: a stable id (never reused), a canonical name and a status.
create type app_public.employer_status as enum ('active', 'merged', 'archived');
comment on type app_public.employer_status is 'active: in use; merged: folded into another employer (see merged_into); archived: kept for history, out of searches by default.';

create table app_public.employers (
  id bigint generated always as identity primary key,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 500),
  compare_name text not null,
  base_name text not null,
  normalizer_version integer not null,
  status app_public.employer_status not null default 'active',
  merged_into bigint references app_public.employers (id) on delete restrict,
  created_by bigint references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint merged_has_survivor check ((status = 'merged') = (merged_into is not null)),
  constraint not_merged_into_itself check (merged_into is distinct from id)
);
create index employers_compare_name_idx on app_public.employers (compare_name);
create index employers_base_name_idx on app_public.employers (base_name);
create index employers_merged_into_idx on app_public.employers (merged_into) where merged_into is not null;
create index employers_created_by_idx on app_public.employers (created_by);
create index employers_status_idx on app_public.employers (status);
comment on table app_public.employers is 'An employer: one company, whatever it is called. Its id is stable and never reused.';
comment on column app_public.employers.name is 'The canonical name, as shown.';
comment on column app_public.employers.compare_name is 'The canonical name''s compare form (normaliser): what exact matching uses.';
comment on column app_public.employers.base_name is 'The canonical name''s compare form without legal forms: what fuzzy matching uses.';
comment on column app_public.employers.normalizer_version is 'The normaliser version that produced compare_name and base_name.';
comment on column app_public.employers.merged_into is 'For merged employers: the survivor. Lookups of this id resolve to it.';

-- Keeps the stored forms of a name in step with the name itself.
create or replace function app_hidden.tg_employers__normalise() returns trigger
  language plpgsql
  as $$
begin
  new.name = btrim(regexp_replace(new.name, '\s+', ' ', 'g'));
  if tg_op = 'INSERT' or new.name is distinct from old.name or new.normalizer_version is null then
    new.compare_name = app_hidden.name_compare_form(new.name);
    new.base_name = app_hidden.name_base_form(new.name);
    new.normalizer_version = app_hidden.normalizer_version();
  end if;
  return new;
end;
$$;
create trigger _050_normalise before insert or update on app_public.employers
  for each row execute function app_hidden.tg_employers__normalise();
create trigger _100_timestamps before insert or update on app_public.employers
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.employers
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.employers enable row level security;
-- Third parties see active employers; staff see every one (merged and archived too).
create policy select_active on app_public.employers for select to :ROLE_API_CLIENT using (status = 'active');
create policy select_analyst on app_public.employers for select to :ROLE_ANALYST using (true);
create policy delete_admin on app_public.employers for delete to :ROLE_ADMIN using (true);
grant select on app_public.employers to :ROLE_API_CLIENT;
grant delete on app_public.employers to :ROLE_ADMIN;

-------------------------------------------------------------------------------
-- Identifier schemes and identifiers (ABN, ACN, BCI company id, ...).
create type app_public.identifier_validation as enum ('abn', 'acn', 'pattern', 'none');
comment on type app_public.identifier_validation is 'How values of a scheme are checked: ABN or ACN checksum, a regular expression, or not at all.';

create table app_public.identifier_schemes (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  name text not null constraint name_length check (length(btrim(name)) between 1 and 200),
  validation app_public.identifier_validation not null default 'none',
  pattern text,
  is_public boolean not null default true,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint pattern_when_needed check ((validation = 'pattern') = (pattern is not null))
);
comment on table app_public.identifier_schemes is 'Kinds of external identifier. Built in: abn, acn, bci_company, ref; admins register others.';
comment on column app_public.identifier_schemes.pattern is 'For validation = pattern: a regular expression every value must match.';
comment on column app_public.identifier_schemes.is_public is 'Whether API clients may see identifiers of this scheme.';
create trigger _100_timestamps before insert or update on app_public.identifier_schemes
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.identifier_schemes
  for each row execute function app_hidden.tg__audit('key');

-- A bad pattern is refused when the scheme is registered, not when a value is checked.
create or replace function app_hidden.tg_identifier_schemes__check_pattern() returns trigger
  language plpgsql
  as $$
begin
  if new.pattern is not null then
    begin
      perform '' ~ new.pattern;
    exception when invalid_regular_expression then
      raise exception 'The pattern is not a valid regular expression' using errcode = 'BADPT';
    end;
  end if;
  return new;
end;
$$;
create trigger _200_check_pattern before insert or update on app_public.identifier_schemes
  for each row execute function app_hidden.tg_identifier_schemes__check_pattern();

alter table app_public.identifier_schemes enable row level security;
create policy select_all on app_public.identifier_schemes for select to :ROLE_API_CLIENT using (true);
create policy insert_admin on app_public.identifier_schemes for insert to :ROLE_ADMIN with check (true);
create policy update_admin on app_public.identifier_schemes for update to :ROLE_ADMIN using (true);
grant select on app_public.identifier_schemes to :ROLE_API_CLIENT;
grant insert (key, name, validation, pattern, is_public, description) on app_public.identifier_schemes to :ROLE_ADMIN;
grant update (name, pattern, is_public, description) on app_public.identifier_schemes to :ROLE_ADMIN;

insert into app_public.identifier_schemes (key, name, validation, pattern, is_public, description) values
  ('abn', 'Australian Business Number', 'abn', null, true, '11 digits with a mod-89 checksum; spaces are ignored'),
  ('acn', 'Australian Company Number', 'acn', null, true, '9 digits with a mod-10 checksum; spaces are ignored'),
  ('bci_company', 'BCI company id', 'pattern', '^[A-Za-z0-9_-]{1,40}$', false, 'The company id in BCI Central exports'),
  ('ref', 'Load reference', 'none', null, false, 'The ref column of a file loaded with npm run ops -- load-registry');

-- The form identifiers are stored and compared in: digits only for ABN/ACN.
create or replace function app_hidden.identifier_value_form(scheme text, value text) returns text
  language sql immutable
  as $$
    select case
      when scheme in ('abn', 'acn') then regexp_replace(value, '[\s-]', '', 'g')
      else btrim(value)
    end
  $$;

create or replace function app_hidden.abn_is_valid(abn text) returns boolean
  language sql immutable strict
  as $$
    select abn ~ '^[0-9]{11}$' and (
      select sum(((substr(abn, i, 1)::int - case when i = 1 then 1 else 0 end))
                 * (array[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])[i]) % 89 = 0
      from generate_series(1, 11) as i
    )
  $$;
comment on function app_hidden.abn_is_valid(text) is 'ABN checksum: subtract 1 from the first digit, weight the digits 10,1,3,...,19; the sum divides by 89.';

create or replace function app_hidden.acn_is_valid(acn text) returns boolean
  language sql immutable strict
  as $$
    select acn ~ '^[0-9]{9}$' and (
      select (10 - sum(substr(acn, i, 1)::int * (9 - i)) % 10) % 10 = substr(acn, 9, 1)::int
      from generate_series(1, 8) as i
    )
  $$;
comment on function app_hidden.acn_is_valid(text) is 'ACN checksum: weight the first 8 digits 8..1; the complement of the sum mod 10 is the 9th digit.';

-- Raises BADID with a message a steward can act on.
create or replace function app_hidden.assert_identifier_valid(scheme text, value text) returns void
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_scheme app_public.identifier_schemes;
begin
  select * into v_scheme from app_public.identifier_schemes s where s.key = scheme;
  if v_scheme.key is null then
    raise exception 'Unknown identifier scheme "%"', scheme using errcode = 'BADID';
  end if;
  if value is null or value = '' then
    raise exception 'An identifier needs a value' using errcode = 'BADID';
  end if;
  if length(value) > 100 then
    raise exception 'An identifier may have at most 100 characters' using errcode = 'BADID';
  end if;
  if v_scheme.validation = 'abn' and not app_hidden.abn_is_valid(value) then
    raise exception '"%" is not a valid ABN (11 digits with a correct checksum)', value using errcode = 'BADID';
  elsif v_scheme.validation = 'acn' and not app_hidden.acn_is_valid(value) then
    raise exception '"%" is not a valid ACN (9 digits with a correct checksum)', value using errcode = 'BADID';
  elsif v_scheme.validation = 'pattern' and value !~ v_scheme.pattern then
    raise exception '"%" is not a valid % identifier', value, v_scheme.name using errcode = 'BADID';
  end if;
end;
$$;

create table app_public.employer_identifiers (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  scheme text not null references app_public.identifier_schemes (key) on update cascade on delete restrict,
  value text not null,
  source_system text not null default 'manual' references app_public.source_systems (key) on update cascade on delete restrict,
  source_ref text,
  added_by bigint references app_public.users (id) on delete set null,
  added_at timestamptz not null default now(),
  constraint identifier_unique_per_scheme unique (scheme, value)
);
create index employer_identifiers_employer_id_idx on app_public.employer_identifiers (employer_id);
create index employer_identifiers_source_system_idx on app_public.employer_identifiers (source_system);
create index employer_identifiers_added_by_idx on app_public.employer_identifiers (added_by);
comment on table app_public.employer_identifiers is 'External identifiers of employers; each (scheme, value) belongs to one employer.';
comment on column app_public.employer_identifiers.value is 'Stored without spaces for ABN and ACN.';

create or replace function app_hidden.tg_employer_identifiers__check() returns trigger
  language plpgsql
  as $$
begin
  new.value = app_hidden.identifier_value_form(new.scheme, new.value);
  perform app_hidden.assert_identifier_valid(new.scheme, new.value);
  return new;
end;
$$;
create trigger _050_check before insert or update on app_public.employer_identifiers
  for each row execute function app_hidden.tg_employer_identifiers__check();
create trigger _500_audit after insert or update or delete on app_public.employer_identifiers
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.employer_identifiers enable row level security;
create policy select_public on app_public.employer_identifiers for select to :ROLE_API_CLIENT
  using (
    exists (select 1 from app_public.identifier_schemes s where s.key = scheme and s.is_public)
    and exists (select 1 from app_public.employers e where e.id = employer_id)
  );
create policy select_analyst on app_public.employer_identifiers for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_identifiers to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Aliases: every other name of an employer, typed, dated, with provenance.
create type app_public.alias_kind as enum ('legal', 'trading', 'former', 'abbreviation', 'feed_spelling', 'other');
comment on type app_public.alias_kind is 'legal: a registered legal name; trading: a business or trading name; former: a name it used to have; abbreviation: initials or a short form; feed_spelling: how a feed spelled it; other.';
create type app_public.alias_visibility as enum ('public', 'internal');
comment on type app_public.alias_visibility is 'public: API clients may see it; internal: staff only.';

create table app_public.aliases (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 500),
  compare_form text not null,
  base_form text not null,
  normalizer_version integer not null,
  kind app_public.alias_kind not null default 'other',
  visibility app_public.alias_visibility not null default 'internal',
  valid_from date,
  valid_to date,
  source_system text not null default 'manual' references app_public.source_systems (key) on update cascade on delete restrict,
  source_ref text constraint source_ref_length check (length(source_ref) <= 200),
  import_batch_id bigint,
  import_row integer,
  added_by bigint references app_public.users (id) on delete set null,
  added_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint alias_unique_per_employer unique (employer_id, compare_form),
  constraint valid_range check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index aliases_compare_form_idx on app_public.aliases (compare_form);
create index aliases_base_form_idx on app_public.aliases (base_form);
create index aliases_source_system_idx on app_public.aliases (source_system);
create index aliases_added_by_idx on app_public.aliases (added_by);
create index aliases_import_batch_idx on app_public.aliases (import_batch_id, import_row) where import_batch_id is not null;
create index aliases_added_at_idx on app_public.aliases (added_at);
comment on table app_public.aliases is 'Another name of an employer, with where it came from. Retired (valid_to) rather than deleted.';
comment on column app_public.aliases.name is 'The name as it was seen or entered.';
comment on column app_public.aliases.compare_form is 'The compare form (normaliser): unique per employer, used by exact matching.';
comment on column app_public.aliases.base_form is 'The compare form without legal forms, used by fuzzy matching.';
comment on column app_public.aliases.valid_to is 'The day the name stopped being used; a retired alias still finds the employer in search, marked as retired.';
comment on column app_public.aliases.source_ref is 'The id of this name (or its row) in the source system.';
comment on column app_public.aliases.import_batch_id is 'The import batch that brought the name, if any.';
comment on column app_public.aliases.import_row is 'The row of that batch.';
comment on column app_public.aliases.added_by is 'The person who added it (null for imports and operator commands).';

create or replace function app_hidden.tg_aliases__normalise() returns trigger
  language plpgsql
  as $$
begin
  new.name = btrim(regexp_replace(new.name, '\s+', ' ', 'g'));
  if tg_op = 'INSERT' or new.name is distinct from old.name or new.normalizer_version is null then
    new.compare_form = app_hidden.name_compare_form(new.name);
    new.base_form = app_hidden.name_base_form(new.name);
    new.normalizer_version = app_hidden.normalizer_version();
  end if;
  return new;
end;
$$;
create trigger _050_normalise before insert or update on app_public.aliases
  for each row execute function app_hidden.tg_aliases__normalise();
create or replace function app_hidden.tg__updated_at() returns trigger
  language plpgsql
  as $$
begin
  new.updated_at = greatest(now(), old.updated_at + interval '1 millisecond');
  return new;
end;
$$;
comment on function app_hidden.tg__updated_at() is 'Moves updated_at forward, for tables whose creation time has another name (added_at).';
create trigger _100_timestamps before update on app_public.aliases
  for each row execute function app_hidden.tg__updated_at();
create trigger _500_audit after insert or update or delete on app_public.aliases
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.aliases enable row level security;
create policy select_public on app_public.aliases for select to :ROLE_API_CLIENT
  using (visibility = 'public' and exists (select 1 from app_public.employers e where e.id = employer_id));
create policy select_analyst on app_public.aliases for select to :ROLE_ANALYST using (true);
create policy delete_admin on app_public.aliases for delete to :ROLE_ADMIN using (true);
grant select on app_public.aliases to :ROLE_API_CLIENT;
grant delete on app_public.aliases to :ROLE_ADMIN;

-------------------------------------------------------------------------------
-- Distinctions: a steward's judgment that two employers are not the same.
create table app_public.employer_distinctions (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  other_employer_id bigint not null references app_public.employers (id) on delete cascade,
  reason text not null constraint reason_length check (length(btrim(reason)) between 1 and 2000),
  recorded_by bigint references app_public.users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  constraint ordered_pair check (employer_id < other_employer_id),
  constraint distinction_unique unique (employer_id, other_employer_id)
);
create index employer_distinctions_other_idx on app_public.employer_distinctions (other_employer_id);
create index employer_distinctions_recorded_by_idx on app_public.employer_distinctions (recorded_by);
comment on table app_public.employer_distinctions is 'Two employers a steward judged not to be the same: matching and merges respect it.';
create trigger _500_audit after insert or update or delete on app_public.employer_distinctions
  for each row execute function app_hidden.tg__audit('id');
alter table app_public.employer_distinctions enable row level security;
create policy select_analyst on app_public.employer_distinctions for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_distinctions to :ROLE_ANALYST;

create or replace function app_hidden.are_distinct(a bigint, b bigint) returns boolean
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select exists (
      select 1 from app_public.employer_distinctions d
      where d.employer_id = least(a, b) and d.other_employer_id = greatest(a, b)
    )
  $$;
comment on function app_hidden.are_distinct(bigint, bigint) is 'Whether a steward recorded that the two employers are not the same.';
grant execute on function app_hidden.are_distinct(bigint, bigint) to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Merges, with everything needed to undo one in a single step.
create table app_public.employer_merges (
  id bigint generated always as identity primary key,
  survivor_id bigint not null references app_public.employers (id) on delete restrict,
  merged_id bigint not null references app_public.employers (id) on delete restrict,
  reason text,
  merged_by bigint references app_public.users (id) on delete set null,
  merged_at timestamptz not null default now(),
  undo jsonb not null,
  unmerged_by bigint references app_public.users (id) on delete set null,
  unmerged_at timestamptz
);
create index employer_merges_survivor_idx on app_public.employer_merges (survivor_id);
create index employer_merges_merged_idx on app_public.employer_merges (merged_id);
create index employer_merges_merged_by_idx on app_public.employer_merges (merged_by);
create index employer_merges_unmerged_by_idx on app_public.employer_merges (unmerged_by);
comment on table app_public.employer_merges is 'Each merge of one employer into another, and whether it was undone.';
comment on column app_public.employer_merges.undo is 'What the merge changed (moved aliases and identifiers, the former-name alias it added, re-pointed merges), so unmerge can restore it exactly.';
create trigger _500_audit after insert or update or delete on app_public.employer_merges
  for each row execute function app_hidden.tg__audit('id');
alter table app_public.employer_merges enable row level security;
create policy select_analyst on app_public.employer_merges for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_merges to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Analysts read the registry's part of the audit trail; admins read all of it.
create policy select_registry_analyst on app_public.audit_events for select to :ROLE_ANALYST
  using (table_name in ('app_public.employers', 'app_public.aliases', 'app_public.employer_identifiers',
                        'app_public.employer_distinctions', 'app_public.employer_merges'));
grant select on app_public.audit_events to :ROLE_ANALYST;

--! split: 4-registry-mutations.sql
-- What stewards do to the registry. Each is a function (a GraphQL mutation)
-- that checks its input, raises a domain error a steward can act on, and is
-- audited by the table triggers. They are security definer, executable by
-- stewards (and admins) only, so the tables need no write grants of their own.
drop type if exists app_public.new_identifier cascade;
drop type if exists app_public.new_alias cascade;

create type app_public.new_identifier as (
  scheme text,
  value text
);
comment on type app_public.new_identifier is 'An identifier to attach to an employer: scheme (abn, acn, bci_company, ...) and value.';

create type app_public.new_alias as (
  name text,
  kind app_public.alias_kind,
  visibility app_public.alias_visibility
);
comment on type app_public.new_alias is 'A name to attach to an employer; visibility defaults by kind (feed spellings and other names are internal).';

-- The visibility a kind of name gets unless a steward says otherwise.
create or replace function app_hidden.default_alias_visibility(kind app_public.alias_kind) returns app_public.alias_visibility
  language sql immutable
  as $$ select case when kind in ('feed_spelling', 'other') then 'internal' else 'public' end::app_public.alias_visibility $$;

create or replace function app_hidden.employer_for_change(employer_id bigint) returns app_public.employers
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers;
begin
  select * into v_employer from app_public.employers e where e.id = employer_id;
  if v_employer.id is null then
    raise exception 'No employer #%', employer_id using errcode = 'NTFND';
  end if;
  if v_employer.status = 'merged' then
    raise exception 'Employer #% was merged into #%: work on that one', employer_id, v_employer.merged_into
      using errcode = 'MERGD';
  end if;
  return v_employer;
end;
$$;

create or replace function app_hidden.assert_source_system(source_system text) returns void
  language plpgsql stable
  as $$
begin
  if not exists (select 1 from app_public.source_systems s where s.key = source_system) then
    raise exception 'Unknown source system "%"', source_system using errcode = 'BADSR';
  end if;
end;
$$;

create or replace function app_hidden.assert_name(name text) returns void
  language plpgsql immutable
  as $$
begin
  if name is null or length(btrim(name)) = 0 then
    raise exception 'A name cannot be empty' using errcode = 'BADNM';
  end if;
  if length(name) > 500 then
    raise exception 'A name may have at most 500 characters' using errcode = 'BADNM';
  end if;
  if name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then
    raise exception 'A name cannot contain control characters' using errcode = 'BADNM';
  end if;
end;
$$;

-------------------------------------------------------------------------------
-- Aliases
create or replace function app_public.add_alias(
  employer_id bigint,
  name text,
  kind app_public.alias_kind default 'other',
  visibility app_public.alias_visibility default null,
  valid_from date default null,
  valid_to date default null,
  source_system text default 'manual',
  source_ref text default null
) returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
  v_compare text;
  v_existing app_public.aliases;
  v_alias app_public.aliases;
begin
  perform app_hidden.assert_name(name);
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  if valid_to is not null and valid_from is not null and valid_to < valid_from then
    raise exception 'valid_to is before valid_from' using errcode = 'BADDT';
  end if;
  v_compare := app_hidden.name_compare_form(name);
  if v_compare = v_employer.compare_name then
    raise exception '"%" is the canonical name of employer #% already', name, v_employer.id using errcode = 'DUPAL';
  end if;
  select * into v_existing from app_public.aliases a
    where a.employer_id = v_employer.id and a.compare_form = v_compare;
  if v_existing.id is not null then
    raise exception 'Employer #% already has the name "%" (alias #%)', v_employer.id, v_existing.name, v_existing.id
      using errcode = 'DUPAL';
  end if;
  insert into app_public.aliases (employer_id, name, kind, visibility, valid_from, valid_to, source_system, source_ref, added_by)
    values (v_employer.id, add_alias.name, coalesce(add_alias.kind, 'other'),
            coalesce(add_alias.visibility, app_hidden.default_alias_visibility(coalesce(add_alias.kind, 'other'))),
            add_alias.valid_from, add_alias.valid_to, coalesce(add_alias.source_system, 'manual'), add_alias.source_ref,
            app_hidden.current_user_id())
    returning * into v_alias;
  return v_alias;
end;
$$;
comment on function app_public.add_alias(bigint, text, app_public.alias_kind, app_public.alias_visibility, date, date, text, text) is
  'Steward: adds a name to an employer. Refused when the employer already has that name (same compare form).';
grant execute on function app_public.add_alias(bigint, text, app_public.alias_kind, app_public.alias_visibility, date, date, text, text) to :ROLE_STEWARD;

create or replace function app_public.retire_alias(alias_id bigint, valid_to date default current_date)
  returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_alias app_public.aliases;
begin
  update app_public.aliases a set valid_to = coalesce(retire_alias.valid_to, current_date)
    where a.id = alias_id
    returning * into v_alias;
  if v_alias.id is null then
    raise exception 'No alias #%', alias_id using errcode = 'NTFND';
  end if;
  return v_alias;
exception when check_violation then
  raise exception 'An alias cannot be retired before it was valid' using errcode = 'BADDT';
end;
$$;
comment on function app_public.retire_alias(bigint, date) is 'Steward: marks a name as no longer used (from valid_to, default today). It is kept, and still found by search.';
grant execute on function app_public.retire_alias(bigint, date) to :ROLE_STEWARD;

create or replace function app_public.update_alias_details(
  alias_id bigint,
  kind app_public.alias_kind default null,
  visibility app_public.alias_visibility default null,
  valid_from date default null
) returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_alias app_public.aliases;
begin
  update app_public.aliases a
    set kind = coalesce(update_alias_details.kind, a.kind),
        visibility = coalesce(update_alias_details.visibility, a.visibility),
        valid_from = coalesce(update_alias_details.valid_from, a.valid_from)
    where a.id = alias_id
    returning * into v_alias;
  if v_alias.id is null then
    raise exception 'No alias #%', alias_id using errcode = 'NTFND';
  end if;
  return v_alias;
exception when check_violation then
  raise exception 'valid_from is after valid_to' using errcode = 'BADDT';
end;
$$;
comment on function app_public.update_alias_details(bigint, app_public.alias_kind, app_public.alias_visibility, date) is
  'Steward: changes an alias''s kind, visibility or start date (arguments left out stay as they are).';
grant execute on function app_public.update_alias_details(bigint, app_public.alias_kind, app_public.alias_visibility, date) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Identifiers
create or replace function app_public.add_identifier(
  employer_id bigint,
  scheme text,
  value text,
  source_system text default 'manual',
  source_ref text default null
) returns app_public.employer_identifiers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
  v_value text := app_hidden.identifier_value_form(scheme, value);
  v_holder app_public.employers;
  v_identifier app_public.employer_identifiers;
begin
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  perform app_hidden.assert_identifier_valid(scheme, v_value);
  select e.* into v_holder from app_public.employer_identifiers i join app_public.employers e on e.id = i.employer_id
    where i.scheme = add_identifier.scheme and i.value = v_value;
  if v_holder.id = v_employer.id then
    raise exception 'Employer #% already has % %', v_employer.id, scheme, v_value using errcode = 'IDUSE';
  elsif v_holder.id is not null then
    raise exception '% % already belongs to employer #% (%)', scheme, v_value, v_holder.id, v_holder.name
      using errcode = 'IDUSE';
  end if;
  insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, source_ref, added_by)
    values (v_employer.id, add_identifier.scheme, v_value, coalesce(add_identifier.source_system, 'manual'),
            add_identifier.source_ref, app_hidden.current_user_id())
    returning * into v_identifier;
  return v_identifier;
end;
$$;
comment on function app_public.add_identifier(bigint, text, text, text, text) is
  'Steward: attaches an identifier (ABN and ACN are checksum-validated; spaces are ignored). Refused when another employer holds it.';
grant execute on function app_public.add_identifier(bigint, text, text, text, text) to :ROLE_STEWARD;

create or replace function app_public.remove_identifier(identifier_id bigint) returns app_public.employer_identifiers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_identifier app_public.employer_identifiers;
begin
  delete from app_public.employer_identifiers i where i.id = identifier_id returning * into v_identifier;
  if v_identifier.id is null then
    raise exception 'No identifier #%', identifier_id using errcode = 'NTFND';
  end if;
  return v_identifier;
end;
$$;
comment on function app_public.remove_identifier(bigint) is 'Steward: detaches an identifier (the audit trail keeps it).';
grant execute on function app_public.remove_identifier(bigint) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Employers
create or replace function app_public.register_employer(
  name text,
  identifiers app_public.new_identifier[] default '{}',
  aliases app_public.new_alias[] default '{}',
  source_system text default 'manual',
  source_ref text default null
) returns app_public.employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers;
  v_identifier app_public.new_identifier;
  v_alias app_public.new_alias;
begin
  perform app_hidden.assert_name(name);
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  insert into app_public.employers (name, created_by) values (register_employer.name, app_hidden.current_user_id())
    returning * into v_employer;
  foreach v_identifier in array coalesce(identifiers, '{}') loop
    perform app_public.add_identifier(v_employer.id, v_identifier.scheme, v_identifier.value, source_system, source_ref);
  end loop;
  foreach v_alias in array coalesce(aliases, '{}') loop
    -- The canonical name repeated, or a name given twice, is not an error here.
    if app_hidden.name_compare_form(v_alias.name) <> v_employer.compare_name
       and not exists (select 1 from app_public.aliases a
                       where a.employer_id = v_employer.id and a.compare_form = app_hidden.name_compare_form(v_alias.name)) then
      perform app_public.add_alias(v_employer.id, v_alias.name, coalesce(v_alias.kind, 'other'), v_alias.visibility,
                                   null, null, source_system, source_ref);
    end if;
  end loop;
  return v_employer;
end;
$$;
comment on function app_public.register_employer(text, app_public.new_identifier[], app_public.new_alias[], text, text) is
  'Steward: adds an employer with its canonical name, identifiers and other names, all or nothing.';
grant execute on function app_public.register_employer(text, app_public.new_identifier[], app_public.new_alias[], text, text) to :ROLE_STEWARD;

create or replace function app_public.set_employer_archived(employer_id bigint, archived boolean)
  returns app_public.employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
begin
  update app_public.employers e set status = case when archived then 'archived' else 'active' end::app_public.employer_status
    where e.id = v_employer.id
    returning * into v_employer;
  return v_employer;
end;
$$;

comment on function app_public.set_employer_archived(bigint, boolean) is 'Steward: archives an employer (out of searches unless asked for) or brings it back.';
grant execute on function app_public.set_employer_archived(bigint, boolean) to :ROLE_STEWARD;

-- Follows merged_into to the survivor: every lookup of a merged id lands there.
create or replace function app_public.resolve_employer(employer_id bigint) returns app_public.employers
  language sql stable
  as $$
    with recursive chain as (
      select e.*, 0 as depth from app_public.employers e where e.id = employer_id
      union all
      select e.*, chain.depth + 1 from app_public.employers e join chain on e.id = chain.merged_into
      where chain.depth < 20
    )
    select id, name, compare_name, base_name, normalizer_version, status, merged_into, created_by, created_at, updated_at
    from chain order by depth desc limit 1
  $$;
comment on function app_public.resolve_employer(bigint) is 'The employer with this id, or, if it was merged, the employer it was merged into.';
grant execute on function app_public.resolve_employer(bigint) to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Distinctions
create or replace function app_public.record_distinction(employer_id bigint, other_employer_id bigint, reason text)
  returns app_public.employer_distinctions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_distinction app_public.employer_distinctions;
begin
  if employer_id = other_employer_id then
    raise exception 'An employer cannot be distinct from itself' using errcode = 'BADDS';
  end if;
  if reason is null or length(btrim(reason)) = 0 then
    raise exception 'Say why the two are not the same' using errcode = 'RSNRQ';
  end if;
  perform app_hidden.employer_for_change(employer_id);
  perform app_hidden.employer_for_change(other_employer_id);
  insert into app_public.employer_distinctions (employer_id, other_employer_id, reason, recorded_by)
    values (least(record_distinction.employer_id, record_distinction.other_employer_id),
            greatest(record_distinction.employer_id, record_distinction.other_employer_id),
            btrim(reason), app_hidden.current_user_id())
    on conflict on constraint distinction_unique do nothing
    returning * into v_distinction;
  if v_distinction.id is null then
    raise exception 'Employers #% and #% are already recorded as distinct', employer_id, other_employer_id using errcode = 'DUPDS';
  end if;
  return v_distinction;
end;
$$;
comment on function app_public.record_distinction(bigint, bigint, text) is 'Steward: records that two employers are not the same; they will not be merged or auto-matched to each other.';
grant execute on function app_public.record_distinction(bigint, bigint, text) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Merge and unmerge
create or replace function app_public.merge_employers(survivor_id bigint, merged_id bigint, reason text default null)
  returns app_public.employer_merges
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_survivor app_public.employers;
  v_merged app_public.employers;
  v_moved_aliases bigint[];
  v_kept_aliases bigint[];
  v_moved_identifiers bigint[];
  v_repointed bigint[];
  v_former_alias_id bigint;
  v_merge app_public.employer_merges;
begin
  if survivor_id = merged_id then
    raise exception 'An employer cannot be merged into itself' using errcode = 'BADMG';
  end if;
  -- Lock both rows in id order, so concurrent merges of the same pair cannot interleave.
  perform 1 from app_public.employers e where e.id in (survivor_id, merged_id) order by e.id for update;
  v_survivor := app_hidden.employer_for_change(survivor_id);
  v_merged := app_hidden.employer_for_change(merged_id);
  if app_hidden.are_distinct(survivor_id, merged_id) then
    raise exception 'Employers #% and #% are recorded as distinct: they cannot be merged', survivor_id, merged_id
      using errcode = 'DISTN';
  end if;

  -- Names: the loser's aliases move unless the survivor already has that name.
  select coalesce(array_agg(a.id order by a.id) filter (where not exists (
           select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = a.compare_form)
           and a.compare_form <> v_survivor.compare_name), '{}'),
         coalesce(array_agg(a.id order by a.id) filter (where exists (
           select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = a.compare_form)
           or a.compare_form = v_survivor.compare_name), '{}')
    into v_moved_aliases, v_kept_aliases
    from app_public.aliases a where a.employer_id = merged_id;
  update app_public.aliases a set employer_id = survivor_id where a.id = any (v_moved_aliases);

  select coalesce(array_agg(i.id order by i.id), '{}') into v_moved_identifiers
    from app_public.employer_identifiers i where i.employer_id = merged_id;
  update app_public.employer_identifiers i set employer_id = survivor_id where i.id = any (v_moved_identifiers);

  -- The loser's canonical name stays findable, as a former name of the survivor.
  if v_merged.compare_name <> v_survivor.compare_name
     and not exists (select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = v_merged.compare_name) then
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, added_by)
      values (survivor_id, v_merged.name, 'former', 'public', 'manual', 'merge of employer #' || merged_id,
              app_hidden.current_user_id())
      returning id into v_former_alias_id;
  end if;

  -- Earlier merges into the loser now point at the survivor (no chains).
  select coalesce(array_agg(e.id order by e.id), '{}') into v_repointed
    from app_public.employers e where e.merged_into = merged_id;
  update app_public.employers e set merged_into = survivor_id where e.id = any (v_repointed);

  update app_public.employers e set status = 'merged', merged_into = survivor_id where e.id = merged_id;

  insert into app_public.employer_merges (survivor_id, merged_id, reason, merged_by, undo)
    values (survivor_id, merged_id, nullif(btrim(reason), ''), app_hidden.current_user_id(), jsonb_build_object(
      'moved_alias_ids', to_jsonb(v_moved_aliases),
      'kept_alias_ids', to_jsonb(v_kept_aliases),
      'moved_identifier_ids', to_jsonb(v_moved_identifiers),
      'former_alias_id', v_former_alias_id,
      'repointed_employer_ids', to_jsonb(v_repointed),
      'merged_status', v_merged.status
    ))
    returning * into v_merge;
  return v_merge;
end;
$$;
comment on function app_public.merge_employers(bigint, bigint, text) is
  'Steward: folds merged_id into survivor_id: moves its aliases and identifiers, keeps its name as a former alias, and redirects its id. Refused across a distinction. Undo with unmergeEmployers.';
grant execute on function app_public.merge_employers(bigint, bigint, text) to :ROLE_STEWARD;

create or replace function app_public.unmerge_employers(merge_id bigint) returns app_public.employer_merges
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_merge app_public.employer_merges;
  v_undo jsonb;
  v_later bigint;
begin
  select * into v_merge from app_public.employer_merges m where m.id = merge_id for update;
  if v_merge.id is null then
    raise exception 'No merge #%', merge_id using errcode = 'NTFND';
  end if;
  if v_merge.unmerged_at is not null then
    raise exception 'Merge #% was already undone', merge_id using errcode = 'UNMRG';
  end if;
  -- A later merge of the survivor moved these rows on: that one is undone first.
  select m.id into v_later from app_public.employer_merges m
    where m.merged_id = v_merge.survivor_id and m.unmerged_at is null and m.id > v_merge.id
    order by m.id limit 1;
  if v_later is not null then
    raise exception 'Employer #% was merged again later (merge #%): undo that first', v_merge.survivor_id, v_later
      using errcode = 'UNMRG';
  end if;
  perform 1 from app_public.employers e where e.id in (v_merge.survivor_id, v_merge.merged_id) order by e.id for update;
  v_undo := v_merge.undo;

  if v_undo->>'former_alias_id' is not null then
    delete from app_public.aliases a where a.id = (v_undo->>'former_alias_id')::bigint;
  end if;
  update app_public.aliases a set employer_id = v_merge.merged_id
    where a.id in (select jsonb_array_elements_text(v_undo->'moved_alias_ids')::bigint)
      and a.employer_id = v_merge.survivor_id;
  update app_public.employer_identifiers i set employer_id = v_merge.merged_id
    where i.id in (select jsonb_array_elements_text(v_undo->'moved_identifier_ids')::bigint)
      and i.employer_id = v_merge.survivor_id;
  update app_public.employers e set status = (v_undo->>'merged_status')::app_public.employer_status, merged_into = null
    where e.id = v_merge.merged_id;
  update app_public.employers e set merged_into = v_merge.merged_id
    where e.id in (select jsonb_array_elements_text(v_undo->'repointed_employer_ids')::bigint)
      and e.merged_into = v_merge.survivor_id;
  update app_public.employer_merges m set unmerged_at = now(), unmerged_by = app_hidden.current_user_id()
    where m.id = merge_id
    returning * into v_merge;
  return v_merge;
end;
$$;
comment on function app_public.unmerge_employers(bigint) is 'Steward: undoes a merge in one step, restoring exactly what it changed.';
grant execute on function app_public.unmerge_employers(bigint) to :ROLE_STEWARD;

--! split: 5-search-index.sql
-- The search index: one row per name an employer can be found by (its
-- canonical name and each alias), kept in step by triggers, with the token
-- array, initials and forms that candidate generation uses. Token statistics
-- (how common each word is in the registry) live beside it.
drop table if exists app_private.search_names cascade;
drop table if exists app_private.search_tokens cascade;
drop table if exists app_private.search_stats cascade;

create table app_private.search_names (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  -- null for the canonical name
  alias_id bigint unique references app_public.aliases (id) on delete cascade,
  name text not null,
  kind text not null,
  is_public boolean not null,
  valid_to date,
  compare_form text not null,
  base_form text not null,
  tokens text[] not null,
  initials text,
  -- the base form without spaces: "AcmePacket" and "ACME Packet" meet here
  squashed text not null
);
create unique index search_names_canonical_idx on app_private.search_names (employer_id) where alias_id is null;
create index search_names_employer_idx on app_private.search_names (employer_id);
create index search_names_compare_idx on app_private.search_names (compare_form);
create index search_names_base_idx on app_private.search_names (base_form);
create index search_names_squashed_idx on app_private.search_names (squashed);
create index search_names_initials_idx on app_private.search_names (initials) where initials is not null;
create index search_names_tokens_idx on app_private.search_names using gin (tokens);
alter table app_private.search_names enable row level security;
comment on table app_private.search_names is 'Every name an employer can be found by, with its search keys. Derived: rebuilt from employers and aliases by app_hidden.rebuild_search_index().';

-- How many names each token appears in: common words (construction, group,
-- services...) weigh little in scores. Refreshed in bulk, not per write.
create table app_private.search_tokens (
  token text primary key,
  name_count integer not null
);
create index search_tokens_trgm_idx on app_private.search_tokens using gin (token public.gin_trgm_ops);
-- Range scans by prefix, whatever the database's collation.
create index search_tokens_prefix_idx on app_private.search_tokens (token collate "C");
alter table app_private.search_tokens enable row level security;
comment on table app_private.search_tokens is 'Document frequency of each name token, for weighting and for finding misspelt tokens.';

create table app_private.search_stats (
  singleton boolean primary key default true check (singleton),
  name_count integer not null,
  refreshed_at timestamptz not null default now()
);
alter table app_private.search_stats enable row level security;
insert into app_private.search_stats (name_count) values (0);

-- The words of a base form, each once, in order.
create or replace function app_hidden.name_tokens(base_form text) returns text[]
  language sql immutable strict parallel safe
  as $$
    select coalesce(array_agg(t order by min_pos), '{}')
    from (
      select t, min(pos) as min_pos
      from unnest(regexp_split_to_array(base_form, '\s+')) with ordinality as u(t, pos)
      where t <> ''
      group by t
    ) words
  $$;

-- The words to index a name by: those of its base form, plus, for names
-- written in camel case ("NokiaSiemens", "LucidVision"), the words inside.
create or replace function app_hidden.name_search_tokens(name text, base_form text) returns text[]
  language sql stable strict parallel safe
  as $$
    select case
      when name ~ '[[:lower:]][[:upper:]]' then
        app_hidden.name_tokens(base_form || ' ' || app_hidden.name_base_form(regexp_replace(name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g')))
      else app_hidden.name_tokens(base_form)
    end
  $$;

-- First letters of a name of two or more words ("broken hill proprietary" -> "bhp").
create or replace function app_hidden.name_initials(base_form text) returns text
  language sql immutable strict parallel safe
  as $$
    select case when count(*) >= 2 then string_agg(left(t, 1), '' order by pos) end
    from unnest(regexp_split_to_array(base_form, '\s+')) with ordinality as u(t, pos)
    where t <> '' and t not in ('and', 'of', 'the', 'for', '&')
  $$;

create or replace function app_hidden.search_name_row(
  employer_id bigint, alias_id bigint, name text, kind text, is_public boolean, valid_to date,
  compare_form text, base_form text
) returns app_private.search_names
  language sql stable
  as $$
    select null::bigint, employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form,
           app_hidden.name_search_tokens(name, base_form), app_hidden.name_initials(base_form), replace(base_form, ' ', '')
  $$;

create or replace function app_hidden.tg_employers__index_name() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'UPDATE' and new.name = old.name and new.compare_name = old.compare_name and new.base_name = old.base_name then
    return null;
  end if;
  delete from app_private.search_names s where s.employer_id = new.id and s.alias_id is null;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_hidden.search_name_row(new.id, null, new.name, 'canonical', true, null, new.compare_name, new.base_name) r;
  return null;
end;
$$;
create trigger _600_index_name after insert or update on app_public.employers
  for each row execute function app_hidden.tg_employers__index_name();

create or replace function app_hidden.tg_aliases__index_name() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'DELETE' then
    return null; -- the foreign key's cascade removes the row
  end if;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_hidden.search_name_row(new.employer_id, new.id, new.name, new.kind::text, new.visibility = 'public',
                                    new.valid_to, new.compare_form, new.base_form) r
  on conflict (alias_id) do update set
    employer_id = excluded.employer_id, name = excluded.name, kind = excluded.kind, is_public = excluded.is_public,
    valid_to = excluded.valid_to, compare_form = excluded.compare_form, base_form = excluded.base_form,
    tokens = excluded.tokens, initials = excluded.initials, squashed = excluded.squashed;
  return null;
end;
$$;
create trigger _600_index_name after insert or update on app_public.aliases
  for each row execute function app_hidden.tg_aliases__index_name();

-- Token statistics from the current index; run after bulk loads (the
-- load-registry command and the scale seed do) and nightly.
create or replace function app_hidden.refresh_search_stats() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_tokens integer;
begin
  truncate app_private.search_tokens;
  insert into app_private.search_tokens (token, name_count)
    select t, count(*) from app_private.search_names, unnest(tokens) as t group by t;
  get diagnostics v_tokens = row_count;
  update app_private.search_stats set name_count = (select count(*) from app_private.search_names), refreshed_at = now();
  return v_tokens;
end;
$$;
comment on function app_hidden.refresh_search_stats() is 'Recounts how common each name token is (search weights). Returns the number of distinct tokens.';

-- Rebuilds the whole index from employers and aliases (after a renormalise).
create or replace function app_hidden.rebuild_search_index() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  truncate app_private.search_names;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_public.employers e,
         app_hidden.search_name_row(e.id, null, e.name, 'canonical', true, null, e.compare_name, e.base_name) r
    union all
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_public.aliases a,
         app_hidden.search_name_row(a.employer_id, a.id, a.name, a.kind::text, a.visibility = 'public', a.valid_to,
                                    a.compare_form, a.base_form) r;
  return app_hidden.refresh_search_stats();
end;
$$;
comment on function app_hidden.rebuild_search_index() is 'Rebuilds the search index from employers and aliases and refreshes its statistics.';

--! split: 6-search.sql
-- searchEmployers: identifiers first, then exact names, then fuzzy names with
-- rare words counting for more than common ones. One SQL function, used by
-- GraphQL, the match command and (later) imports, so they always agree.
drop type if exists app_public.employer_match cascade;
drop type if exists app_public.match_method cascade;
drop type if exists app_public.match_band cascade;

create index if not exists employer_identifiers_value_idx on app_public.employer_identifiers (value);

create type app_public.match_method as enum ('identifier', 'exact', 'fuzzy');
comment on type app_public.match_method is 'How a match was found: by an identifier (ABN, ACN, ...), by a name''s exact compare form, or by similar names.';
create type app_public.match_band as enum ('auto', 'review', 'new');
comment on type app_public.match_band is 'auto: safe to accept without a person; review: a steward should confirm; new: probably a different employer.';

create type app_public.employer_match as (
  employer_id bigint,
  score double precision,
  band app_public.match_band,
  method app_public.match_method,
  matched_name text,
  matched_kind text,
  matched_employer_id bigint,
  explanation text,
  rank integer
);
comment on type app_public.employer_match is 'One employer a search found, with how well and why.';
comment on column app_public.employer_match.employer_id is 'The employer (after following merges).';
comment on column app_public.employer_match.score is 'From 0 to 1: 1 for identifiers and exact names.';
comment on column app_public.employer_match.matched_name is 'The name (or identifier) that matched.';
comment on column app_public.employer_match.matched_kind is 'canonical, an alias kind (legal, trading, former, abbreviation, feed_spelling, other), or the identifier scheme.';
comment on column app_public.employer_match.matched_employer_id is 'The employer that carried the matched name, when it was merged into employer_id since.';
comment on column app_public.employer_match.explanation is 'Why it matched, for a steward: rules fired, words shared, words discounted as common.';
comment on column app_public.employer_match.rank is '1 for the best match.';

-- Scoring constants, in one place for tuning (bench:matching measures them).
create or replace function app_hidden.search_settings() returns jsonb
  language sql immutable
  as $$
    select jsonb_build_object(
      'auto_min_score', 0.90,        -- a fuzzy match needs at least this to be auto
      'auto_min_margin', 0.08,       -- ... and this much more than the next employer
      'review_min_score', 0.55,      -- below this a match is in the "new" band
      'token_min_similarity', 0.55,  -- trigram similarity for a misspelt word to count
      'common_token_share', 0.002,   -- a word in more than this share of names is common
      'max_candidates', 4000,
      'max_results', 20
    )
  $$;

-- How many edits a word may be off and still count as a typo of a known word.
create or replace function app_hidden.typo_allowance(word text) returns integer
  language sql immutable strict parallel safe
  as $$ select case when length(word) >= 6 then 2 when length(word) >= 4 then 1 else 0 end $$;

create or replace function app_public.search_employers(
  query text,
  include_aliases boolean default true,
  include_archived boolean default false
) returns setof app_public.employer_match
  language plpgsql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_settings jsonb := app_hidden.search_settings();
  v_role text := app_hidden.current_role_name();
  -- API clients see public names of active employers only.
  v_staff boolean := v_role not in ('api_client', 'anonymous');
  v_aliases boolean := coalesce(include_aliases, true);
  v_archived boolean := coalesce(include_archived, false) and v_role not in ('api_client', 'anonymous');
  v_query text;
  v_compare text;
  v_base text;
  v_tokens text[];
  v_digits text;
  v_total double precision;
  v_common integer;
begin
  perform app_hidden.assert_feature_enabled('alias_search');
  if query is null or btrim(query) = '' then
    raise exception 'Type a name or an identifier to search for' using errcode = 'BADQY';
  end if;
  if length(query) > 500 then
    raise exception 'A search may have at most 500 characters' using errcode = 'BADQY';
  end if;
  -- Control characters carry no meaning in a name: treat them as spaces.
  v_query := btrim(regexp_replace(query, '[\x01-\x1F\x7F]+', ' ', 'g'));
  if v_query = '' then
    return;
  end if;
  v_compare := app_hidden.name_compare_form(v_query);
  v_base := app_hidden.name_base_form(v_query);
  v_tokens := app_hidden.name_search_tokens(v_query, v_base);
  v_digits := regexp_replace(v_query, '[\s-]', '', 'g');
  select greatest(s.name_count, 1) into v_total from app_private.search_stats s;
  v_common := greatest(50, (v_total * (v_settings->>'common_token_share')::float8)::int);

  return query
  with
  -- Identifier: the whole query is an identifier's value (ABN/ACN with or without spaces).
  by_identifier as (
    select i.employer_id, 1.0::float8 as score, 'identifier'::app_public.match_method as method,
           i.value as matched_name, i.scheme as matched_kind,
           format('Identifier: %s %s', i.scheme, i.value) as explanation, 3 as priority
    from app_public.employer_identifiers i
    join app_public.identifier_schemes s on s.key = i.scheme
    where i.value in (v_digits, v_query) and (v_staff or s.is_public)
      and length(v_digits) <= 100
  ),
  -- Exact: a name with the same compare form, or the same once legal forms are dropped.
  by_exact as (
    select n.employer_id,
           case when n.compare_form = v_compare then 1.0 else 0.97 end
             * case when n.valid_to is not null and n.valid_to < current_date then 0.98 else 1 end as score,
           'exact'::app_public.match_method as method, n.name as matched_name, n.kind as matched_kind,
           case when n.compare_form = v_compare
                then format('Exact: same name as the %s name "%s"', n.kind, n.name)
                else format('Exact apart from legal form: "%s" (%s)', n.name, n.kind) end
             || case when n.valid_to is not null and n.valid_to < current_date
                     then format('; a retired name (until %s)', n.valid_to) else '' end as explanation,
           2 as priority
    from app_private.search_names n
    where (n.compare_form = v_compare or n.base_form = v_base)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    union all
    -- The same letters apart from spaces: "ACME Packet" and "AcmePacket".
    select n.employer_id, 0.95, 'exact'::app_public.match_method, n.name, n.kind,
           format('Exact apart from spacing: "%s" (%s)', n.name, n.kind), 2
    from app_private.search_names n
    where n.squashed = replace(v_base, ' ', '') and n.base_form <> v_base and length(n.squashed) >= 4
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
  ),
  -- How common each query word is; misspelt words borrow a known word's postings.
  query_tokens as (
    select t.token, t.pos, coalesce(st.name_count, 0) as df
    from unnest(v_tokens) with ordinality as t(token, pos)
    left join app_private.search_tokens st on st.token = t.token
  ),
  -- Known words close to a query word: by trigrams, or by edit distance among
  -- words that start with the same two letters (typos like "goolge", "tecent").
  similar_tokens as (
    select distinct on (q.token, st.token) q.token as query_token, st.token, st.df
    from query_tokens q
    cross join lateral (
      (select t.token, t.name_count as df from app_private.search_tokens t
       where length(q.token) >= 4 and t.token operator(public.%) q.token and t.token <> q.token
         and public.similarity(q.token, t.token) >= (v_settings->>'token_min_similarity')::float8
       order by public.similarity(q.token, t.token) desc
       limit 4)
      union all
      (select t.token, t.name_count from app_private.search_tokens t
       where length(q.token) >= 4
         and t.token collate "C" >= left(q.token, 2) collate "C"
         and t.token collate "C" < (left(q.token, 1) || chr(ascii(substr(q.token, 2, 1)) + 1)) collate "C"
         and abs(length(t.token) - length(q.token)) <= 2 and t.token <> q.token
         and public.levenshtein(q.token, t.token) <= app_hidden.typo_allowance(q.token)
       limit 8)
    ) st
  ),
  -- Words to look names up by: the rare ones (and always the rarest), not "construction".
  probe_tokens as (
    select token from query_tokens where df between 1 and v_common
    union
    select token from (select token from query_tokens where df > 0 order by df limit 1) rarest
    union
    select token from similar_tokens where df <= v_common
  ),
  candidates as (
    select n.* from app_private.search_names n
    where n.tokens && (select coalesce(array_agg(token), '{}') from probe_tokens)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    limit (v_settings->>'max_candidates')::int
  ),
  -- Initials: "AGS" finds "Acme Group Services", and "Internet Initiative Japan" finds "IIJ".
  initials_candidates as (
    select n.*, 'name' as which from app_private.search_names n
    where cardinality(v_tokens) = 1 and length(v_tokens[1]) between 2 and 6 and n.initials = v_tokens[1]
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    union all
    select n.*, 'query' from app_private.search_names n
    where app_hidden.name_initials(v_base) is not null and length(app_hidden.name_initials(v_base)) >= 3
      and n.compare_form = app_hidden.name_initials(v_base)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    limit 200
  ),
  weights as (
    select token, pos, ln((v_total + 1) / (df + 1)) + 0.1 as w, df from query_tokens
  ),
  -- Every query word against every word of a candidate name: 1 when equal,
  -- less for a typo or a similar spelling, 0 otherwise.
  pairs as (
    select c.id, w.token as q, w.w as qw, w.pos as qpos, ct.token as c, ct.pos as cpos,
           ln((v_total + 1) / (coalesce(st.name_count, 0) + 1)) + 0.1 as cw,
           case
             when ct.token = w.token then 1.0
             when length(w.token) >= 4 and length(ct.token) >= 4
                  and public.levenshtein(w.token, ct.token) <= app_hidden.typo_allowance(w.token)
               then 0.9 - 0.1 * public.levenshtein(w.token, ct.token)
             when length(w.token) >= 4 and length(ct.token) >= 4
                  and public.similarity(w.token, ct.token) >= (v_settings->>'token_min_similarity')::float8
               then public.similarity(w.token, ct.token)
             else 0
           end as m
    from candidates c
    cross join lateral unnest(c.tokens) with ordinality as ct(token, pos)
    left join app_private.search_tokens st on st.token = ct.token
    cross join weights w
  ),
  query_side as (
    select id, sum(qw * best) as matched, sum(qw) as total,
           string_agg(case when best = 1 then q end, ' ' order by qpos) as shared,
           string_agg(case when best > 0 and best < 1 then q || '~' || best_c end, ' ' order by qpos) as fuzzy_pairs
    from (
      select distinct on (id, q) id, q, qw, qpos, m as best, c as best_c
      from pairs order by id, q, m desc
    ) b
    group by id
  ),
  name_side as (
    select id, sum(cw * best) as matched, sum(cw) as total, bool_or(cpos = 1 and qpos = 1 and best > 0) as same_start
    from (
      select distinct on (id, c) id, c, cw, cpos, qpos, m as best
      from pairs order by id, c, m desc
    ) b
    group by id
  ),
  scored as (
    select c.id, c.employer_id, c.name, c.kind, c.valid_to, q.shared, q.fuzzy_pairs,
           -- How much of the name the query covers, and how much of the query the name explains.
           n.matched / greatest(n.total, 0.0001) as name_cover,
           q.matched / greatest(q.total, 0.0001) as query_cover,
           n.same_start
    from candidates c
    join query_side q on q.id = c.id
    join name_side n on n.id = c.id
    where q.matched > 0
  ),
  by_fuzzy as (
    select s.employer_id,
           least(0.95, 0.6 * s.name_cover + 0.4 * s.query_cover + case when s.same_start then 0.03 else 0 end)
             * case when s.valid_to is not null and s.valid_to < current_date then 0.98 else 1 end as score,
           'fuzzy'::app_public.match_method as method, s.name as matched_name, s.kind as matched_kind,
           format('Similar to the %s name "%s"', s.kind, s.name)
             || case when s.shared is not null then format('; shared words: %s', s.shared) else '' end
             || case when s.fuzzy_pairs is not null then format('; misspelt words: %s', s.fuzzy_pairs) else '' end
             || format('; covers %s%% of the name and %s%% of the query',
                       round((100 * s.name_cover)::numeric), round((100 * s.query_cover)::numeric))
             || coalesce((select '; counted little as common: ' || string_agg(q.token, ', ')
                          from query_tokens q where q.df > v_common or q.df >= v_total * 0.25), '')
             || case when s.valid_to is not null and s.valid_to < current_date
                     then format('; a retired name (until %s)', s.valid_to) else '' end as explanation,
           1 as priority
    from scored s
    union all
    select i.employer_id, 0.65, 'fuzzy'::app_public.match_method, i.name, i.kind,
           case when i.which = 'name' then format('The query is the initials of the %s name "%s"', i.kind, i.name)
                else format('The %s name "%s" is the initials of the query', i.kind, i.name) end, 1
    from initials_candidates i
  ),
  all_matches as (
    select * from by_identifier
    union all select * from by_exact
    union all select * from by_fuzzy
  ),
  -- Follow merges to the survivor; drop archived employers unless asked for.
  resolved as (
    select coalesce(e.merged_into, e.id) as employer_id,
           case when e.merged_into is not null then e.id end as matched_employer_id,
           m.score, m.method, m.matched_name, m.matched_kind,
           m.explanation || case when e.merged_into is not null
                                 then format('; found on employer #%s, merged into #%s', e.id, e.merged_into) else '' end
             as explanation,
           m.priority
    from all_matches m
    join app_public.employers e on e.id = m.employer_id
    join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id)
    where survivor.status = 'active' or (v_archived and survivor.status = 'archived')
  ),
  best_per_employer as (
    select distinct on (employer_id) *
    from resolved
    order by employer_id, priority desc, score desc, matched_name
  ),
  ranked as (
    select b.*, row_number() over (order by b.priority desc, b.score desc, b.employer_id) as rank
    from best_per_employer b
    order by b.priority desc, b.score desc, b.employer_id
    limit (v_settings->>'max_results')::int
  ),
  with_runner_up as (
    select r.*,
           lead(r.score) over (order by r.rank) as next_score,
           lead(r.employer_id) over (order by r.rank) as next_employer_id,
           lead(r.method) over (order by r.rank) as next_method
    from ranked r
  )
  select w.employer_id, round(w.score::numeric, 4)::float8,
         case
           when w.rank > 1 then
             case when w.score >= (v_settings->>'review_min_score')::float8 then 'review' else 'new' end
           -- Two employers answering to the same identifier or exact name: a person decides.
           when w.method in ('identifier', 'exact') and w.next_method = w.method and w.next_score >= w.score then 'review'
           when w.method = 'identifier' then 'auto'
           when w.method = 'exact' and w.score = 1 then 'auto'
           when w.next_employer_id is not null and app_hidden.are_distinct(w.employer_id, w.next_employer_id)
                and w.next_score >= (v_settings->>'review_min_score')::float8 then 'review'
           when w.score >= (v_settings->>'auto_min_score')::float8
                and w.score - coalesce(w.next_score, 0) >= (v_settings->>'auto_min_margin')::float8 then 'auto'
           when w.score >= (v_settings->>'review_min_score')::float8 then 'review'
           else 'new'
         end::app_public.match_band,
         w.method, w.matched_name, w.matched_kind, w.matched_employer_id,
         w.explanation
           || case when w.rank = 1 and w.next_score is not null
                   then format('; margin over the next employer: %s', round((w.score - w.next_score)::numeric, 2))
                   else '' end,
         w.rank::int
  from with_runner_up w
  order by w.rank;
end;
$$;
comment on function app_public.search_employers(text, boolean, boolean) is
  'Finds employers by any of their names or identifiers, best first: identifiers, then exact names, then similar names, each with a score, a band and an explanation. includeAliases: false searches canonical names only (the old name-only search). API clients see public names of active employers only.';
grant execute on function app_public.search_employers(text, boolean, boolean) to :ROLE_API_CLIENT;

create or replace function app_public.employer_match_employer(match app_public.employer_match) returns app_public.employers
  language sql stable
  as $$ select e.* from app_public.employers e where e.id = match.employer_id $$;
comment on function app_public.employer_match_employer(app_public.employer_match) is 'The employer found.';
grant execute on function app_public.employer_match_employer(app_public.employer_match) to :ROLE_API_CLIENT;

--! split: 7-load-registry.sql
-- Bulk load of a registry file (npm run ops -- load-registry FILE.csv with
-- columns ref,name,kind): one call per batch of rows, set-based where it can
-- be, idempotent (the ref is kept as an identifier of scheme "ref", aliases
-- are unique per employer), with an outcome for every row.
create or replace function app_hidden.load_registry_batch(batch jsonb, source_system text default 'csv')
  returns table (line integer, outcome text, detail text)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ref record;
  v_employer_id bigint;
begin
  perform app_hidden.assert_source_system(source_system);
  create temp table if not exists load_registry_rows (
    line integer, ref text, name text, kind text, problem text, employer_id bigint, outcome text
  ) on commit drop;
  truncate load_registry_rows;
  insert into load_registry_rows (line, ref, name, kind, problem)
    select r.line, r.ref, r.name, r.kind,
           case
             when r.ref is null or r.ref = '' then 'the ref is empty'
             when length(r.ref) > 100 then 'the ref is longer than 100 characters'
             when r.name is null or r.name = '' then 'the name is empty'
             when length(r.name) > 500 then 'the name is longer than 500 characters'
             when r.name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then 'the name contains control characters'
             when r.kind not in ('canonical', 'legal', 'trading', 'former', 'abbreviation', 'feed_spelling', 'other')
               then format('unknown kind "%s" (canonical, legal, trading, former, abbreviation, feed_spelling or other)', r.kind)
           end
    from (
      select (e->>'line')::int as line,
             btrim(e->>'ref') as ref,
             btrim(regexp_replace(coalesce(e->>'name', ''), '\s+', ' ', 'g')) as name,
             lower(btrim(coalesce(nullif(e->>'kind', ''), 'other'))) as kind
      from jsonb_array_elements(batch) e
    ) r;

  -- Employers: found by their ref, or created from the ref's canonical (else first) row.
  update load_registry_rows l set employer_id = i.employer_id
    from app_public.employer_identifiers i
    where i.scheme = 'ref' and i.value = l.ref and l.problem is null;
  for v_ref in
    select l.ref, (array_agg(l.name order by (l.kind = 'canonical') desc, l.line))[1] as name,
           (array_agg(l.line order by (l.kind = 'canonical') desc, l.line))[1] as first_line
    from load_registry_rows l where l.problem is null and l.employer_id is null group by l.ref
  loop
    insert into app_public.employers (name) values (v_ref.name) returning id into v_employer_id;
    insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, source_ref)
      values (v_employer_id, 'ref', v_ref.ref, source_system, v_ref.ref);
    update load_registry_rows l set employer_id = v_employer_id where l.ref = v_ref.ref and l.problem is null;
    update load_registry_rows l set outcome = 'employer_created' where l.line = v_ref.first_line;
  end loop;

  -- Every other name becomes an alias, unless the employer already has it.
  with added as (
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref)
      select l.employer_id, l.name,
             (case when l.kind = 'canonical' then 'legal' else l.kind end)::app_public.alias_kind,
             app_hidden.default_alias_visibility((case when l.kind = 'canonical' then 'legal' else l.kind end)::app_public.alias_kind),
             source_system, l.ref
      from load_registry_rows l
      join app_public.employers e on e.id = l.employer_id
      where l.problem is null and l.outcome is null
        and e.compare_name <> app_hidden.name_compare_form(l.name)
      order by l.line
    on conflict on constraint alias_unique_per_employer do nothing
    returning employer_id, compare_form
  )
  update load_registry_rows l set outcome = 'alias_added'
    from added a
    where l.employer_id = a.employer_id and l.outcome is null and l.problem is null
      and app_hidden.name_compare_form(l.name) = a.compare_form;

  return query
    select l.line,
           case when l.problem is not null then 'bad' else coalesce(l.outcome, 'unchanged') end,
           l.problem
    from load_registry_rows l order by l.line;
end;
$$;
comment on function app_hidden.load_registry_batch(jsonb, text) is 'Loads rows {line, ref, name, kind} of a registry file; returns each row''s outcome: employer_created, alias_added, unchanged or bad (with the reason).';
