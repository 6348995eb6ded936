import { Card, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import { useCurrentSession } from '../../components/current-session';
import { sectionsFor } from '../../components/sections';
import { usePageTitle } from '../../components/usePageTitle';

export function HomePage() {
  usePageTitle('Home');
  const { user } = useCurrentSession();
  // Learners and employer users land in their portal: an employer on the learners they manage.
  if (user.type === 'employer') return <Navigate to="/managed-by-me" replace />;
  if (user.type !== 'admin') return <Navigate to="/my-details" replace />;
  return (
    <>
      <Typography.Title level={1}>Welcome, {user.firstName}</Typography.Title>
      <nav aria-label="Sections">
        <ul className="tiles">
          {sectionsFor(user).map((tile) => (
            <li key={tile.to}>
              <Card hoverable className="tile" data-testid="tile">
                <Typography.Title level={2} className="tile-title">
                  <Link to={tile.to} className="tile-link">
                    {tile.title}
                  </Link>
                </Typography.Title>
                <Typography.Paragraph className="tile-text">
                  {tile.description}
                </Typography.Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
