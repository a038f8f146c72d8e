import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../components/PageState';
import { RouteError } from '../components/RouteError';
import { Layout } from './Layout';

// Each route's code is a chunk of its own: a page loads only what it shows (charts only on
// the statistics page, the QR code only on the product page).
const HomeRoute = lazy(() => import('../pages/HomeRoute'));
const CatalogueRoute = lazy(() => import('../pages/CatalogueRoute'));
const ProductRoute = lazy(() => import('../pages/ProductRoute'));
const VerifyRoute = lazy(() => import('../pages/VerifyRoute'));
const ProducerRoute = lazy(() => import('../pages/ProducerRoute'));
const CommuneRoute = lazy(() => import('../pages/CommuneRoute'));
const StatisticsRoute = lazy(() => import('../pages/StatisticsRoute'));
const LoginRoute = lazy(() => import('../pages/LoginRoute'));
const MyProductsRoute = lazy(() => import('../pages/MyProductsRoute'));
const ListingEditRoute = lazy(() => import('../pages/ListingEditRoute'));
const ProductPhotosRoute = lazy(() => import('../pages/ProductPhotosRoute'));
const ProductProposeRoute = lazy(() => import('../pages/ProductProposeRoute'));
const ListingCreateRoute = lazy(() => import('../pages/ListingCreateRoute'));
const OfficialRoute = lazy(() => import('../pages/official/OfficialRoute'));
const EvaluationRoute = lazy(() => import('../pages/official/EvaluationRoute'));
const CertificationRoute = lazy(() => import('../pages/official/CertificationRoute'));
const RecognitionRoute = lazy(() => import('../pages/official/RecognitionRoute'));
const AuditRoute = lazy(() => import('../pages/official/AuditRoute'));
const InvitationRoute = lazy(() => import('../pages/InvitationRoute'));
const UsersRoute = lazy(() => import('../pages/admin/UsersRoute'));
const PartnersRoute = lazy(() => import('../pages/admin/PartnersRoute'));
const CompareRoute = lazy(() => import('../pages/CompareRoute'));
const ProductDetailsRoute = lazy(() => import('../pages/ProductDetailsRoute'));
const InquiryNewRoute = lazy(() => import('../pages/InquiryNewRoute'));
const InquiryRoute = lazy(() => import('../pages/InquiryRoute'));
const MyInquiriesRoute = lazy(() => import('../pages/MyInquiriesRoute'));
const MyInquiryRoute = lazy(() => import('../pages/MyInquiryRoute'));
const TradeRoute = lazy(() => import('../pages/official/TradeRoute'));
const MonitoringRoute = lazy(() => import('../pages/official/MonitoringRoute'));
const DevelopersRoute = lazy(() => import('../pages/DevelopersRoute'));
const OpenDataRoute = lazy(() => import('../pages/OpenDataRoute'));
const ExplorerRoute = lazy(() => import('../pages/explorer/ExplorerRoute'));
const LabelCheckRoute = lazy(() => import('../pages/LabelCheckRoute'));
const MyLabelsRoute = lazy(() => import('../pages/MyLabelsRoute'));
const OfficialLabelsRoute = lazy(() => import('../pages/official/OfficialLabelsRoute'));
const NotFoundRoute = lazy(() => import('../pages/NotFoundRoute'));

/** A lazy page inside its Suspense: the spinner while its chunk loads. */
export const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Every page of the portal, each a lazy chunk. */
export const PAGES: RouteObject[] = [
  { path: '/', element: page(<HomeRoute />) },
  { path: '/products', element: page(<CatalogueRoute />) },
  { path: '/products/:id', element: page(<ProductRoute />) },
  { path: '/compare', element: page(<CompareRoute />) },
  { path: '/verify', element: page(<VerifyRoute />) },
  { path: '/verify/:number', element: page(<VerifyRoute />) },
  { path: '/c/:code', element: page(<LabelCheckRoute />) },
  { path: '/producers/:id', element: page(<ProducerRoute />) },
  { path: '/communes/:code', element: page(<CommuneRoute />) },
  { path: '/statistics', element: page(<StatisticsRoute />) },
  { path: '/login', element: page(<LoginRoute />) },
  { path: '/invitation/:token', element: page(<InvitationRoute />) },
  { path: '/my/products', element: page(<MyProductsRoute />) },
  { path: '/my/listings/:id', element: page(<ListingEditRoute />) },
  { path: '/my/products/new', element: page(<ProductProposeRoute />) },
  { path: '/my/products/:id/photos', element: page(<ProductPhotosRoute />) },
  { path: '/my/products/:id/details', element: page(<ProductDetailsRoute />) },
  { path: '/my/products/:id/listings/new', element: page(<ListingCreateRoute />) },
  { path: '/official', element: page(<OfficialRoute />) },
  { path: '/official/evaluations/new', element: page(<EvaluationRoute />) },
  { path: '/official/certifications/new', element: page(<CertificationRoute />) },
  { path: '/official/recognitions/new', element: page(<RecognitionRoute />) },
  { path: '/official/audit', element: page(<AuditRoute />) },
  { path: '/official/labels', element: page(<OfficialLabelsRoute />) },
  { path: '/official/trade', element: page(<TradeRoute />) },
  { path: '/official/monitoring', element: page(<MonitoringRoute />) },
  { path: '/inquiries/new', element: page(<InquiryNewRoute />) },
  { path: '/inquiry/:token', element: page(<InquiryRoute />) },
  { path: '/my/labels', element: page(<MyLabelsRoute />) },
  { path: '/my/inquiries', element: page(<MyInquiriesRoute />) },
  { path: '/my/inquiries/:id', element: page(<MyInquiryRoute />) },
  { path: '/admin/users', element: page(<UsersRoute />) },
  { path: '/admin/partners', element: page(<PartnersRoute />) },
  { path: '/developers', element: page(<DevelopersRoute />) },
  { path: '/open-data', element: page(<OpenDataRoute />) },
  { path: '*', element: page(<NotFoundRoute />) },
];

/**
 * The route tree: the layout around the pages. Every page fails into RouteError inside the
 * layout (a pathless route around them all), so the header and footer stay; the outer one catches
 * a failure of the layout itself.
 */
export function withLayout(pages: RouteObject[]): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [{ errorElement: <RouteError />, children: pages }],
    },
  ];
}

/** The GraphQL explorer fills the window: outside the layout, with a slim bar of its own. */
export const ROUTES: RouteObject[] = [
  { path: '/graphql', element: page(<ExplorerRoute />), errorElement: <RouteError /> },
  ...withLayout(PAGES),
];

export function createRouter() {
  return createBrowserRouter(ROUTES);
}
