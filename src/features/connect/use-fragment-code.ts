// Reads a setup or enrolment code from the address fragment (`#code=…`) once, then takes it out
// of the address bar, so it is not left in history, bookmarks or a screenshot.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { fragmentCode } from '../../ui/paths';

export function useFragmentCode(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [code] = useState(() => fragmentCode(location.hash));
  const hasHash = location.hash !== '';
  useEffect(() => {
    if (hasHash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [hasHash, navigate, location.pathname, location.search]);
  return code;
}
