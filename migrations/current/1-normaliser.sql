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
